package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalSize;

/**
 * Where the panes go for a given screen size: rooms on the left, users on the right, messages between,
 * then the status line and the input (one row or more) at the bottom. Side panes shrink first, so 80x24 stays usable.
 */
record ChatLayout(int width, int height, int sideWidth, int paneHeight, int inputRows) {
    static final int MIN_SIDE = 12;
    static final int MAX_SIDE = 22;

    /** The input grows to at most this many rows, and to a third of the screen on small ones. */
    static final int MAX_INPUT_ROWS = 8;

    static int maxInputRows(TerminalSize size) {
        return Math.max(1, Math.min(MAX_INPUT_ROWS, (size.getRows() - 2) / 3));
    }

    static ChatLayout of(TerminalSize size, int inputRows) {
        int width = size.getColumns();
        int side = Math.max(MIN_SIDE, Math.min(MAX_SIDE, width / 6));
        if (width < 3 * MIN_SIDE + 2) {
            side = 0;
        }
        return new ChatLayout(width, size.getRows(), side, Math.max(0, size.getRows() - 1 - inputRows), inputRows);
    }

    int messagesLeft() {
        return sideWidth == 0 ? 0 : sideWidth + 1;
    }

    int messagesWidth() {
        return Math.max(1, width - 2 * messagesLeft());
    }

    int usersLeft() {
        return width - sideWidth;
    }

    int statusRow() {
        return height - 1 - inputRows;
    }

    /** The input's first row. */
    int commandRow() {
        return height - inputRows;
    }
}
