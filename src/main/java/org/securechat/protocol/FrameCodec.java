package org.securechat.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON lines to frames and back. Pure: no I/O, thread-safe. */
public final class FrameCodec {
    private static final byte NEWLINE = '\n';

    private final ObjectMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A number or boolean where text belongs is a client bug to report, not to paper over.
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Decodes one line (without its terminator); refuses anything but an object with a string op. */
    public InboundFrame decode(byte[] line, int offset, int length) {
        JsonNode node;
        try {
            node = json.readTree(line, offset, length);
        } catch (IOException e) {
            throw new ProtocolException(ErrorCode.BAD_FRAME, "frame is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ProtocolException(ErrorCode.BAD_FRAME, "frame must be a JSON object");
        }
        JsonNode op = node.get("op");
        if (op == null || !op.isTextual()) {
            throw new ProtocolException(ErrorCode.BAD_FRAME, "frame needs a string \"op\"");
        }
        return new InboundFrame(op.asText(), idOf(node.get("id")), node);
    }

    private static Object idOf(JsonNode id) {
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isTextual()) {
            return id.asText();
        }
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            return id.asLong();
        }
        throw new ProtocolException(ErrorCode.BAD_FRAME, "\"id\" must be a string or an integer");
    }

    /** Binds a frame's fields to an op record; a field of the wrong type is a bad request. */
    public <T> T bind(InboundFrame frame, Class<T> type) {
        try {
            return json.treeToValue(frame.body(), type);
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                    && !m.getPath().isEmpty() ? m.getPath().get(0).getFieldName() : null;
            throw new ProtocolException(ErrorCode.BAD_REQUEST,
                    field == null ? "malformed fields for op " + frame.op() : "field \"" + field + "\" has the wrong type");
        }
    }

    public EncodedFrame event(ServerFrames.Event event) {
        ObjectNode node = json.createObjectNode().put("type", event.type());
        node.setAll((ObjectNode) json.valueToTree(event));
        return encode(node);
    }

    public EncodedFrame message(MessageView message) {
        ObjectNode node = json.createObjectNode().put("type", "message");
        node.setAll((ObjectNode) json.valueToTree(message));
        return encode(node);
    }

    public EncodedFrame ok(Object id, Object payload) {
        ObjectNode node = withId(json.createObjectNode().put("type", "ok"), id);
        node.setAll((ObjectNode) json.valueToTree(payload));
        return encode(node);
    }

    public EncodedFrame pong(Object id) {
        return encode(withId(json.createObjectNode().put("type", "pong"), id));
    }

    public EncodedFrame bye() {
        return encode(json.createObjectNode().put("type", "bye"));
    }

    public EncodedFrame error(Object id, ErrorCode code, String message, Long retryAfterSeconds) {
        ObjectNode node = json.createObjectNode().put("type", "error").put("code", code.wireName())
                .put("message", message);
        withId(node, id);
        if (retryAfterSeconds != null) {
            node.put("retry_after_s", retryAfterSeconds);
        }
        return encode(node);
    }

    private ObjectNode withId(ObjectNode node, Object id) {
        if (id instanceof Long n) {
            node.put("id", n);
        } else if (id != null) {
            node.put("id", id.toString());
        }
        return node;
    }

    private EncodedFrame encode(ObjectNode node) {
        try {
            byte[] body = json.writeValueAsBytes(node);
            byte[] line = java.util.Arrays.copyOf(body, body.length + 1);
            line[body.length] = NEWLINE;
            return new EncodedFrame(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
