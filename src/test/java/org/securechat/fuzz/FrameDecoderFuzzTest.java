package org.securechat.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.securechat.chat.ChatError;
import org.securechat.chat.Inbound;
import org.securechat.protocol.FrameCodec;

/**
 * Any line a client sends: the decoder returns a frame or refuses it as BAD_FRAME, never with
 * another exception (the transport catches only {@link ChatError}), and what it accepts is
 * well-formed UTF-8 with a string op and an id the protocol allows.
 */
class FrameDecoderFuzzTest {
    private final FrameCodec codec = new FrameCodec();

    @Fuzz
    void decodes(byte[] line) {
        Inbound frame = decoded(line, 0, line.length);
        if (frame == null) {
            return;
        }
        // Well-formed UTF-8, and only that, survives a round trip through Java's lenient decoder.
        assertArrayEquals(line, new String(line, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8),
                "accepted a frame that is not well-formed UTF-8");
        assertNotNull(frame.op());
        Object id = frame.id();
        assertTrue(id == null || id instanceof String || id instanceof Long, () -> "id of type " + id.getClass());
        // The transport hands the decoder a slice of its buffer: the bytes around it must not count.
        Inbound sliced = decoded(framed(line), 1, line.length);
        assertNotNull(sliced, "refused the same frame inside a larger buffer");
        assertEquals(frame.op(), sliced.op());
        assertEquals(id, sliced.id());
    }

    /** The frame, or null when the decoder refused it as it may. */
    private Inbound decoded(byte[] buffer, int offset, int length) {
        try {
            return codec.decode(buffer, offset, length);
        } catch (ChatError refused) {
            assertEquals(ChatError.Reason.BAD_FRAME, refused.reason(), refused::getMessage);
            return null;
        }
    }

    /** The line between bytes that would change its meaning if they were read: a quote and a brace. */
    private static byte[] framed(byte[] line) {
        byte[] buffer = new byte[line.length + 2];
        buffer[0] = '"';
        System.arraycopy(line, 0, buffer, 1, line.length);
        buffer[buffer.length - 1] = '}';
        return buffer;
    }
}
