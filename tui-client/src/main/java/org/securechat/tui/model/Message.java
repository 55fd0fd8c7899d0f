package org.securechat.tui.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A stored chat message as PROTOCOL.md describes it; {@code room} is null for a direct message. */
public record Message(long msgId, String room, String from, String to, String text, boolean action, Instant ts)
        implements Entry {

    public static Message from(JsonNode json) {
        return new Message(json.path("msg_id").asLong(), textOrNull(json, "room"), json.path("from").asText(""),
                textOrNull(json, "to"), json.path("text").asText(""), "action".equals(json.path("kind").asText()),
                parseTime(json.path("ts").asText("")));
    }

    private static String textOrNull(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant parseTime(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    public boolean isDirect() {
        return room == null;
    }
}
