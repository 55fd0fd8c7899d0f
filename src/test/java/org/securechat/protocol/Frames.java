package org.securechat.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reading the parts of server frames that tests look at. */
final class Frames {
    private Frames() {
    }

    static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** The elements of a JSON array as strings. */
    static List<String> strings(JsonNode array) {
        return elements(array).map(JsonNode::asText).toList();
    }

    /** The {@code messages} of a history reply. */
    static List<JsonNode> messages(JsonNode reply) {
        return elements(reply.path("messages")).toList();
    }

    /** The texts of a history reply's messages, in order. */
    static List<String> texts(JsonNode reply) {
        return messages(reply).stream().map(m -> m.path("text").asText()).toList();
    }

    /** The element of an array whose field has this value, if any. */
    static Optional<JsonNode> find(JsonNode array, String field, String value) {
        return elements(array).filter(e -> value.equals(e.path(field).asText())).findFirst();
    }

    /** Matches a message (event or object) with this text. */
    static Predicate<JsonNode> text(String text) {
        return m -> text.equals(m.path("text").asText());
    }

    /** Matches an event about this user (presence, joined, left). */
    static Predicate<JsonNode> about(String user) {
        return e -> user.equals(e.path("user").asText());
    }

    /** Matches a presence event saying this user went offline. */
    static Predicate<JsonNode> wentOffline(String user) {
        return about(user).and(e -> !e.path("online").asBoolean(true));
    }
}
