package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.securechat.tui.command.Completer;
import org.securechat.tui.input.LineEditor;
import org.securechat.tui.text.Glyphs;

/**
 * The input: readline editing ({@link LineEditor}), Up/Down history of sent lines, Tab completion, and a text of
 * several lines that grows up to the rows it is given, then scrolls to keep the cursor in sight.
 */
final class CommandBar {
    private static final String PROMPT = "> ";
    private static final String CONTINUATION = "  ";
    private static final int HISTORY_SIZE = 200;

    private final LineEditor editor = new LineEditor();
    private final List<String> history = new ArrayList<>();
    private final Completer completer = new Completer();
    private int historyIndex;
    private String draft = "";
    private int firstVisibleRow;
    /** Terminals deliver a non-BMP character as two keystrokes; the first half waits here. */
    private char pendingHighSurrogate;

    String text() {
        return editor.text();
    }

    void type(char c) {
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
            return;
        }
        boolean pair = Character.isLowSurrogate(c) && pendingHighSurrogate != 0;
        String inserted = pair ? new String(new char[] {pendingHighSurrogate, c}) : String.valueOf(c);
        pendingHighSurrogate = 0;
        if (!Character.isSurrogate(c) || pair) {
            edit(e -> e.insert(inserted));
        }
    }

    /** Any editing key: it ends a run of Tab completions. */
    void edit(Consumer<LineEditor> change) {
        completer.reset();
        change.accept(editor);
    }

    /** Enter: hands the text over and remembers it. */
    String take() {
        String line = editor.text();
        remember(line);
        historyIndex = history.size();
        set("");
        return line;
    }

    /** Puts a line refused before it left back into the (then empty) input, to fix and send again. */
    void putBack(String line) {
        if (editor.isEmpty()) {
            set(line);
        } else {
            remember(line);
        }
    }

    /**
     * A line refused after it left goes to the end of the history: Up brings it back, and whatever is being typed
     * meanwhile is left alone (it never becomes part of the refused text).
     */
    void keepInHistory(String line) {
        history.remove(line);
        remember(line);
        historyIndex = history.size();
    }

    private void remember(String line) {
        if (!line.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(line))) {
            history.add(line);
            if (history.size() > HISTORY_SIZE) {
                history.remove(0);
            }
        }
    }

    /** Up: a line up within a multi-line text, else the previous line of the history. */
    void up() {
        if (editor.lineUp()) {
            return;
        }
        if (historyIndex == history.size()) {
            draft = editor.text();
        }
        if (historyIndex > 0) {
            historyIndex--;
            set(history.get(historyIndex));
        }
    }

    /** Down: a line down within a multi-line text, else the next line of the history (then the draft). */
    void down() {
        if (editor.lineDown()) {
            return;
        }
        if (historyIndex < history.size()) {
            historyIndex++;
            set(historyIndex == history.size() ? draft : history.get(historyIndex));
        }
    }

    void complete(Collection<String> nicks, Collection<String> rooms) {
        Completer.Completion done = completer.complete(editor.text(), editor.cursor(), nicks, rooms);
        editor.set(done.line(), done.cursor());
    }

    private void set(String line) {
        completer.reset();
        editor.set(line);
    }

    /** Rows the text needs at this width, at most {@code maxRows}. */
    int rows(int width, int maxRows) {
        return Math.max(1, Math.min(maxRows, layout(width).size()));
    }

    /** Draws the prompt and the rows around the cursor from {@code top}; returns where the cursor goes. */
    TerminalPosition draw(TextGraphics graphics, int top, int width, int visibleRows) {
        List<Row> rows = layout(width);
        int cursorRow = cursorRow(rows);
        if (cursorRow < firstVisibleRow) {
            firstVisibleRow = cursorRow;
        } else if (cursorRow >= firstVisibleRow + visibleRows) {
            firstVisibleRow = cursorRow - visibleRows + 1;
        }
        firstVisibleRow = Math.max(0, Math.min(firstVisibleRow, rows.size() - visibleRows));
        String text = editor.text();
        for (int i = 0; i < visibleRows && firstVisibleRow + i < rows.size(); i++) {
            int index = firstVisibleRow + i;
            Row row = rows.get(index);
            graphics.putString(0, top + i, index == 0 ? PROMPT : CONTINUATION);
            SafeText.draw(graphics, PROMPT.length(), top + i, text.substring(row.start(), row.end()),
                    width - PROMPT.length(), TextColor.ANSI.DEFAULT);
        }
        Row at = rows.get(cursorRow);
        return new TerminalPosition(PROMPT.length() + SafeText.columns(text.substring(at.start(), editor.cursor())),
                top + cursorRow - firstVisibleRow);
    }

    /** One screen row of the text: [start, end) in it. */
    private record Row(int start, int end) {
    }

    /** The text cut into rows: at each line break, and by grapheme where a line is wider than the room. */
    private List<Row> layout(int width) {
        int room = Math.max(1, width - PROMPT.length() - 1);
        String text = editor.text();
        List<Row> rows = new ArrayList<>();
        int lineStart = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int rowStart = lineStart;
            int used = 0;
            int position = lineStart;
            for (String cluster : Glyphs.clusters(text.substring(lineStart, lineEnd))) {
                int w = SafeText.columns(cluster);
                if (used + w > room && position > rowStart) {
                    rows.add(new Row(rowStart, position));
                    rowStart = position;
                    used = 0;
                }
                used += w;
                position += cluster.length();
            }
            rows.add(new Row(rowStart, lineEnd));
            if (lineEnd == text.length()) {
                return rows;
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The last row that holds the cursor: at a wrap, the cursor stands at the start of the next row. */
    private int cursorRow(List<Row> rows) {
        int cursor = editor.cursor();
        int found = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).start() <= cursor && cursor <= rows.get(i).end()) {
                found = i;
            }
        }
        return found;
    }
}
