package org.securechat.tui.net;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/**
 * One line from the server, parsed once as it arrives. Whoever waits for its {@code id} reads it as the reply to
 * its request; otherwise it is read as an event.
 */
final class ServerLine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode frame;

    private ServerLine(JsonNode frame) {
        this.frame = frame;
    }

    /** Throws for a line that is not JSON at all: the stream cannot be trusted past it. */
    static ServerLine parse(String line) throws IOException {
        try {
            return new ServerLine(JSON.readTree(line));
        } catch (JsonProcessingException e) {
            throw new IOException("the server sent a line that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The id among the top-level fields at the start of a line too long to parse whole, or null
     * when the start holds none (the server writes {@code type} and {@code id} first).
     */
    static Long idNear(String start) {
        try (JsonParser parser = JSON.getFactory().createParser(start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id")) {
                    return value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                }
                parser.skipChildren();
            }
        } catch (IOException cutShort) {
            // the id, if any, was further on than the start kept
        }
        return null;
    }

    /** The id this client gave the request the frame answers, or null; ids this client never sends are not ours. */
    Long id() {
        JsonNode id = frame.get("id");
        return id != null && id.canConvertToLong() ? id.asLong() : null;
    }

    /** Empty for a type this client does not know; throws {@link MalformedFrameException} for a broken frame. */
    Optional<Event> event() {
        JsonFields fields = JsonFields.of(frame, "server frame");
        String type = fields.text("type");
        return ServerEvents.read(type, JsonFields.of(frame, type + " event"));
    }

    /** Throws the {@link ServerError} of an error reply, or a {@link MalformedFrameException}. */
    <R extends Reply> R replyTo(Request<R> request) {
        String op = ClientOps.name(request);
        JsonFields fields = JsonFields.of(frame, "reply to " + op);
        if ("error".equals(fields.text("type", null))) {
            throw ServerEvents.error(JsonFields.of(frame, "error reply to " + op));
        }
        return ClientOps.readReply(request, fields);
    }
}
