package org.securechat.tui.net;

import java.io.IOException;

/**
 * A line longer than the client reads, skipped to its end so the stream stays in step; its start
 * is kept to tell which request, if any, it answered.
 */
final class OversizedLineException extends IOException {
    private final String start;

    OversizedLineException(int limit, String start) {
        super("the server sent a line longer than " + limit + " bytes");
        this.start = start;
    }

    /** The line's first bytes, as text. */
    String start() {
        return start;
    }
}
