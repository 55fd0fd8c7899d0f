package org.securechat.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.securechat.chat.StoredMessage;

/**
 * The message object of PROTOCOL.md: {@code msg_id}, {@code room} or {@code to}, {@code from},
 * {@code text}, {@code kind}, {@code ts}, and {@code unreadable} only when set (an addition old
 * clients ignore). Written field by field: every delivery's frame carries one.
 */
final class StoredMessageSerializer extends StdSerializer<StoredMessage> {
    StoredMessageSerializer() {
        super(StoredMessage.class);
    }

    @Override
    public void serialize(StoredMessage message, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeStartObject();
        out.writeNumberField("msg_id", message.id());
        if (message.room() != null) {
            out.writeStringField("room", message.room());
        }
        if (message.to() != null) {
            out.writeStringField("to", message.to());
        }
        out.writeStringField("from", message.from());
        out.writeStringField("text", message.text());
        out.writeStringField("kind", message.kind());
        out.writeStringField("ts", Timestamps.format(message.at().toEpochMilli()));
        if (message.unreadable()) {
            out.writeBooleanField("unreadable", true);
        }
        out.writeEndObject();
    }
}
