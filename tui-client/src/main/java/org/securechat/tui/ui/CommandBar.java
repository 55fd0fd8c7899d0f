package org.securechat.tui.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.securechat.tui.command.Completer;

/** The input line: editing by code point, Up/Down input history, Tab completion. */
final class CommandBar {
    private static final String PROMPT = "> ";
    private static final int HISTORY_SIZE = 200;

    private final StringBuilder text = new StringBuilder();
    private final List<String> history = new ArrayList<>();
    private final Completer completer = new Completer();
    private int cursor;
    private int historyIndex;
    private String draft = "";
    /** Terminals deliver a non-BMP character as two keystrokes; the first half waits here. */
    private char pendingHighSurrogate;

    String text() {
        return text.toString();
    }

    void type(char c) {
        completer.reset();
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
            return;
        }
        String inserted = Character.isLowSurrogate(c) && pendingHighSurrogate != 0
                ? new String(new char[] {pendingHighSurrogate, c}) : String.valueOf(c);
        pendingHighSurrogate = 0;
        if (Character.isSurrogate(inserted.charAt(0)) && inserted.length() == 1) {
            return;
        }
        text.insert(cursor, inserted);
        cursor += inserted.length();
    }

    void backspace() {
        completer.reset();
        if (cursor > 0) {
            int start = text.offsetByCodePoints(cursor, -1);
            text.delete(start, cursor);
            cursor = start;
        }
    }

    void delete() {
        completer.reset();
        if (cursor < text.length()) {
            text.delete(cursor, text.offsetByCodePoints(cursor, 1));
        }
    }

    void left() {
        if (cursor > 0) {
            cursor = text.offsetByCodePoints(cursor, -1);
        }
    }

    void right() {
        if (cursor < text.length()) {
            cursor = text.offsetByCodePoints(cursor, 1);
        }
    }

    void home() {
        cursor = 0;
    }

    void end() {
        cursor = text.length();
    }

    /** Enter: hands the line over and remembers it. */
    String take() {
        String line = text.toString();
        if (!line.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(line))) {
            history.add(line);
            if (history.size() > HISTORY_SIZE) {
                history.remove(0);
            }
        }
        historyIndex = history.size();
        set("");
        return line;
    }

    /** Puts back a line that could not be sent; if something new was typed meanwhile, it goes to the history. */
    void restore(String line) {
        if (text.length() == 0) {
            set(line);
        } else if (!history.contains(line)) {
            history.add(line);
            historyIndex = history.size();
        }
    }

    void historyUp() {
        if (historyIndex == history.size()) {
            draft = text.toString();
        }
        if (historyIndex > 0) {
            historyIndex--;
            set(history.get(historyIndex));
        }
    }

    void historyDown() {
        if (historyIndex < history.size()) {
            historyIndex++;
            set(historyIndex == history.size() ? draft : history.get(historyIndex));
        }
    }

    void complete(Collection<String> nicks, Collection<String> rooms) {
        Completer.Completion done = completer.complete(text.toString(), cursor, nicks, rooms);
        text.setLength(0);
        text.append(done.line());
        cursor = done.cursor();
    }

    private void set(String line) {
        completer.reset();
        text.setLength(0);
        text.append(line);
        cursor = text.length();
    }

    /** Draws the prompt and as much of the line as fits around the cursor; returns the cursor's column. */
    int draw(TextGraphics graphics, int row, int width) {
        graphics.putString(0, row, PROMPT);
        int room = Math.max(1, width - PROMPT.length() - 1);
        String beforeCursor = text.substring(0, cursor);
        int scroll = 0;
        while (SafeText.columns(beforeCursor.substring(scroll)) > room) {
            scroll = beforeCursor.offsetByCodePoints(scroll, 1);
        }
        String visible = text.substring(scroll);
        SafeText.draw(graphics, PROMPT.length(), row, visible, room, TextColor.ANSI.DEFAULT);
        return PROMPT.length() + SafeText.columns(beforeCursor.substring(scroll));
    }
}
