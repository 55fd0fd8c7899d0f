package org.securechat.tui.net;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fields of one JSON object, read as the types PROTOCOL.md gives them. A field that is missing (and has no
 * fallback) or has another type throws {@link MalformedFrameException} naming where it is; unknown fields are
 * never looked at. Absent and {@code null} mean the same.
 */
final class JsonFields {
    private final JsonNode object;
    private final String where;

    private JsonFields(JsonNode object, String where) {
        this.object = object;
        this.where = where;
    }

    /** {@code where} names the object in error messages, e.g. "message event". */
    static JsonFields of(JsonNode node, String where) {
        return new JsonFields(checked(node, where, JsonNode::isObject, "an object"), where);
    }

    String text(String name) {
        return required(name, JsonNode::isTextual, "a string").asText();
    }

    String text(String name, String fallback) {
        return present(name) ? text(name) : fallback;
    }

    boolean bool(String name) {
        return required(name, JsonNode::isBoolean, "a boolean").asBoolean();
    }

    long longInteger(String name) {
        return required(name, node -> node.isIntegralNumber() && node.canConvertToLong(), "an integer").asLong();
    }

    int integer(String name) {
        return required(name, node -> node.isIntegralNumber() && node.canConvertToInt(), "an integer").asInt();
    }

    boolean bool(String name, boolean fallback) {
        return present(name) ? bool(name) : fallback;
    }

    Integer integer(String name, Integer fallback) {
        return present(name) ? Integer.valueOf(integer(name)) : fallback;
    }

    JsonFields object(String name) {
        return of(required(name, JsonNode::isObject, "an object"), where + "." + name);
    }

    List<String> texts(String name) {
        return list(name, (element, at) -> checked(element, at, JsonNode::isTextual, "a string").asText());
    }

    List<String> texts(String name, List<String> fallback) {
        return present(name) ? texts(name) : fallback;
    }

    <T> List<T> objects(String name, Function<JsonFields, T> read) {
        return list(name, (element, at) -> read.apply(of(element, at)));
    }

    /** Reads each element with where it is, e.g. "reply to history.messages[3]". */
    private <T> List<T> list(String name, BiFunction<JsonNode, String, T> read) {
        JsonNode array = required(name, JsonNode::isArray, "an array");
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(read.apply(array.get(i), where + "." + name + "[" + i + "]"));
        }
        return List.copyOf(values);
    }

    private boolean present(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    private JsonNode required(String name, Predicate<JsonNode> fits, String expected) {
        if (!present(name)) {
            throw new MalformedFrameException(where + " has no " + name);
        }
        return checked(object.get(name), where + "." + name, fits, expected);
    }

    private static JsonNode checked(JsonNode value, String at, Predicate<JsonNode> fits, String expected) {
        if (!fits.test(value)) {
            throw new MalformedFrameException(at + " is " + typeOf(value) + ", expected " + expected);
        }
        return value;
    }

    private static String typeOf(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
