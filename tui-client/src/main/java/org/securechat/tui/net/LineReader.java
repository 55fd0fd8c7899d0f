package org.securechat.tui.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Splits a byte stream into UTF-8 lines (\n or \r\n), refusing absurdly long ones. */
final class LineReader {
    /** Well above the protocol's 64 KiB frame cap, so only a broken or hostile server hits it. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at end of stream. */
    String readLine() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("the server sent a line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
        return null;
    }
}
