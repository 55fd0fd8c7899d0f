package org.securechat.bench;

import io.vertx.core.buffer.Buffer;
import java.util.Arrays;

/**
 * Splits the decrypted byte stream of one connection into frames (one per line) without
 * building a String or Buffer per frame: the delivery hot path only scans bytes. Not Vert.x's
 * RecordParser, which copies every line twice and cost the generator 45 % more CPU per delivery
 * (docs/performance.md, "The generator's own cost").
 */
final class LineSplitter {

    interface LineHandler {
        void line(byte[] bytes, int from, int to);
    }

    private byte[] carry = new byte[0];
    private int carryLength;

    void feed(Buffer chunk, LineHandler handler) {
        int length = carryLength + chunk.length();
        byte[] bytes;
        if (carryLength == 0) {
            bytes = chunk.getBytes();
        } else {
            bytes = Arrays.copyOf(carry, length);
            chunk.getBytes(bytes, carryLength);
        }
        int start = 0;
        for (int i = carryLength; i < length; i++) {
            if (bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                handler.line(bytes, start, end);
                start = i + 1;
            }
        }
        carryLength = length - start;
        if (carryLength > 0) {
            if (carry.length < carryLength) {
                carry = new byte[Math.max(carryLength, 2 * carry.length)];
            }
            System.arraycopy(bytes, start, carry, 0, carryLength);
        }
    }
}
