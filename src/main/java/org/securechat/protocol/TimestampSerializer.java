package org.securechat.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/** Any time in a reply or event (such as a conversation's {@code last_ts}) in the protocol's format. */
final class TimestampSerializer extends StdSerializer<Instant> {
    TimestampSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant at, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(Timestamps.format(at.toEpochMilli()));
    }
}
