package org.securechat.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.securechat.chat.Inbound;

/**
 * A decoded line: its op, the id to echo (a string or an integer, or null), and the whole object,
 * which the codec binds to the op's record when the chat asks for it.
 */
record InboundFrame(String op, Object id, JsonNode body, FrameCodec codec) implements Inbound {
    @Override
    public <T> T fields(Class<T> type) {
        return codec.bind(this, type);
    }
}
