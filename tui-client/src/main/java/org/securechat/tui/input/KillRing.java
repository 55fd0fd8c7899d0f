package org.securechat.tui.input;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Text cut by Ctrl+K/U/W and Alt+D, for Ctrl+Y. As in readline, kills that follow one another build one entry
 * (Ctrl+W Ctrl+W then Ctrl+Y brings both words back), and the ring keeps the last few entries.
 */
final class KillRing {
    private static final int SIZE = 16;

    private final Deque<String> entries = new ArrayDeque<>();
    private boolean extending;

    /** Adds killed text; {@code before} says it lay before the previous kill (a backward kill). */
    void kill(String text, boolean before) {
        if (text.isEmpty()) {
            return;
        }
        if (extending && !entries.isEmpty()) {
            String last = entries.pollFirst();
            entries.addFirst(before ? text + last : last + text);
        } else {
            entries.addFirst(text);
            if (entries.size() > SIZE) {
                entries.pollLast();
            }
        }
        extending = true;
    }

    /** Anything other than a kill ends the run of kills. */
    void interrupt() {
        extending = false;
    }

    String yank() {
        return entries.isEmpty() ? "" : entries.peekFirst();
    }
}
