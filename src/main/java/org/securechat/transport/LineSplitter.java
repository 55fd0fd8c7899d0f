package org.securechat.transport;

import io.vertx.core.buffer.Buffer;
import java.util.Arrays;

/**
 * Cuts a byte stream into lines ending in {@code \n} (a {@code \r} before it is dropped), holding
 * at most {@code maxLineBytes} of an unfinished line: a longer line is reported, never buffered.
 */
final class LineSplitter {
    interface Lines {
        void line(byte[] bytes, int offset, int length);

        void tooLong();
    }

    private final int maxLineBytes;
    private final Lines lines;
    private byte[] partial = new byte[256];
    private int partialLength;
    private boolean failed;

    LineSplitter(int maxLineBytes, Lines lines) {
        this.maxLineBytes = maxLineBytes;
        this.lines = lines;
    }

    void feed(Buffer chunk) {
        byte[] bytes = chunk.getBytes();
        int start = 0;
        for (int i = 0; i < bytes.length && !failed; i++) {
            if (bytes[i] == '\n') {
                emit(bytes, start, i);
                start = i + 1;
            }
        }
        if (!failed && start < bytes.length) {
            append(bytes, start, bytes.length - start);
        }
    }

    private void emit(byte[] bytes, int start, int end) {
        if (partialLength == 0) {
            deliver(bytes, start, end - start);
            return;
        }
        append(bytes, start, end - start);
        if (!failed) {
            deliver(partial, 0, partialLength);
            partialLength = 0;
        }
    }

    private void deliver(byte[] bytes, int offset, int length) {
        if (length > 0 && bytes[offset + length - 1] == '\r') {
            length--;
        }
        if (length > maxLineBytes) {
            fail();
        } else {
            lines.line(bytes, offset, length);
        }
    }

    private void append(byte[] bytes, int offset, int length) {
        // One byte of slack: a trailing \r is not part of the frame.
        if (partialLength + length > maxLineBytes + 1) {
            fail();
            return;
        }
        if (partialLength + length > partial.length) {
            partial = Arrays.copyOf(partial, Math.min(maxLineBytes + 1, Math.max(partial.length * 2, partialLength + length)));
        }
        System.arraycopy(bytes, offset, partial, partialLength, length);
        partialLength += length;
    }

    private void fail() {
        failed = true;
        partial = null;
        lines.tooLong();
    }
}
