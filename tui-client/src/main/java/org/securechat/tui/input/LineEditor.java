package org.securechat.tui.input;

import com.ibm.icu.text.BreakIterator;

/**
 * The text being typed and the cursor, edited the readline way. The cursor only ever stands between grapheme
 * clusters, so a flag or a ZWJ family moves and deletes as one. The text may hold line breaks (a multi-line
 * message); "line" below means the line the cursor is on.
 */
public final class LineEditor {
    private final StringBuilder text = new StringBuilder();
    private final KillRing killRing = new KillRing();
    private int cursor;

    public String text() {
        return text.toString();
    }

    public int cursor() {
        return cursor;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    public void set(String line) {
        killRing.interrupt();
        text.setLength(0);
        text.append(line);
        cursor = text.length();
    }

    /** Replaces the text and cursor at once (Tab completion). */
    public void set(String line, int newCursor) {
        set(line);
        cursor = Math.max(0, Math.min(newCursor, text.length()));
    }

    public void insert(String typed) {
        killRing.interrupt();
        text.insert(cursor, typed);
        cursor += typed.length();
    }

    /** Alt+Enter, Ctrl+J, and each line break of a paste. */
    public void newline() {
        insert("\n");
    }

    public void backspace() {
        killRing.interrupt();
        int start = previousCluster(cursor);
        text.delete(start, cursor);
        cursor = start;
    }

    public void deleteForward() {
        killRing.interrupt();
        text.delete(cursor, nextCluster(cursor));
    }

    public void left() {
        killRing.interrupt();
        cursor = previousCluster(cursor);
    }

    public void right() {
        killRing.interrupt();
        cursor = nextCluster(cursor);
    }

    /** Ctrl+A, Home: the start of the line. */
    public void lineStart() {
        killRing.interrupt();
        cursor = lineStartOf(cursor);
    }

    /** Ctrl+E, End: the end of the line. */
    public void lineEnd() {
        killRing.interrupt();
        cursor = lineEndOf(cursor);
    }

    /** Alt+B: to the start of this or the previous word. */
    public void wordLeft() {
        killRing.interrupt();
        cursor = wordStartBefore(cursor);
    }

    /** Alt+F: to the end of this or the next word. */
    public void wordRight() {
        killRing.interrupt();
        cursor = wordEndAfter(cursor);
    }

    /** Ctrl+K: cuts to the end of the line (at its end, the line break). */
    public void killToLineEnd() {
        int end = lineEndOf(cursor);
        cut(cursor, end == cursor ? nextCluster(cursor) : end, false);
    }

    /** Ctrl+U: cuts from the start of the line to the cursor. */
    public void killToLineStart() {
        cut(lineStartOf(cursor), cursor, true);
    }

    /** Ctrl+W: cuts the whitespace-delimited word before the cursor. */
    public void killWordBackward() {
        int start = cursor;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        cut(start, cursor, true);
    }

    /** Alt+D: cuts to the end of the next word. */
    public void killWordForward() {
        cut(cursor, wordEndAfter(cursor), false);
    }

    /** Ctrl+Y: pastes the last cut text. */
    public void yank() {
        insert(killRing.yank());
    }

    /** Up within a multi-line text: false when the cursor is already on the first line. */
    public boolean lineUp() {
        int start = lineStartOf(cursor);
        if (start == 0) {
            return false;
        }
        int column = clustersBetween(start, cursor);
        int previousStart = lineStartOf(start - 1);
        cursor = advance(previousStart, column, start - 1);
        return true;
    }

    /** Down within a multi-line text: false when the cursor is already on the last line. */
    public boolean lineDown() {
        int end = lineEndOf(cursor);
        if (end == text.length()) {
            return false;
        }
        int column = clustersBetween(lineStartOf(cursor), cursor);
        cursor = advance(end + 1, column, lineEndOf(end + 1));
        return true;
    }

    private void cut(int from, int to, boolean backward) {
        if (from >= to) {
            return;
        }
        killRing.kill(text.substring(from, to), backward);
        text.delete(from, to);
        cursor = from;
    }

    private int lineStartOf(int index) {
        int newline = text.lastIndexOf("\n", index - 1);
        return newline < 0 ? 0 : newline + 1;
    }

    private int lineEndOf(int index) {
        int newline = text.indexOf("\n", index);
        return newline < 0 ? text.length() : newline;
    }

    private int clustersBetween(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i = nextCluster(i)) {
            count++;
        }
        return count;
    }

    private int advance(int from, int clusters, int limit) {
        int index = from;
        for (int i = 0; i < clusters && index < limit; i++) {
            index = nextCluster(index);
        }
        return Math.min(index, limit);
    }

    private int wordStartBefore(int index) {
        int i = index;
        while (i > 0 && !isWordChar(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        while (i > 0 && isWordChar(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }

    private int wordEndAfter(int index) {
        int i = index;
        while (i < text.length() && !isWordChar(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        while (i < text.length() && isWordChar(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private int previousCluster(int index) {
        if (index == 0) {
            return 0;
        }
        return clusters().preceding(index);
    }

    private int nextCluster(int index) {
        if (index >= text.length()) {
            return text.length();
        }
        return clusters().following(index);
    }

    private BreakIterator clusters() {
        BreakIterator breaks = BreakIterator.getCharacterInstance();
        breaks.setText(text);
        return breaks;
    }
}
