package org.securechat.tui.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into UTF-8 lines (\n or \r\n). An absurdly long one is skipped, not kept:
 * only a broken or hostile server sends one, and it must cost one reply, not the session.
 */
final class LineReader {
    /** Well above the protocol's 64 KiB frame cap and the server's 256 KiB replies. */
    static final int MAX_LINE_BYTES = 1 << 20;
    /** Of a skipped line, enough to find the id a server writes near its start. */
    static final int KEPT_START_BYTES = 4096;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line without its terminator, or null at end of stream; throws
     * {@link OversizedLineException} once past the end of a line longer than {@link #MAX_LINE_BYTES}.
     */
    String readLine() throws IOException {
        line.reset();
        boolean oversized = false;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                if (oversized) {
                    throw new OversizedLineException(MAX_LINE_BYTES,
                            new String(bytes, 0, Math.min(bytes.length, KEPT_START_BYTES), StandardCharsets.UTF_8));
                }
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            } else {
                oversized = true;
            }
        }
        return null;
    }
}
