package org.securechat.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON lines to frames and back. Pure: no I/O, thread-safe. */
public final class FrameCodec {
    private static final byte NEWLINE = '\n';
    private static final byte[] TYPE_FIELD = "{\"type\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID_FIELD = ",\"id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

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
            String field = e instanceof MismatchedInputException m
                    && !m.getPath().isEmpty() ? m.getPath().get(0).getFieldName() : null;
            throw new ProtocolException(ErrorCode.BAD_REQUEST,
                    field == null ? "malformed fields for op " + frame.op() : "field \"" + field + "\" has the wrong type");
        }
    }

    public EncodedFrame event(ServerFrames.Event event) {
        return encode(event.type(), null, event);
    }

    public EncodedFrame message(MessageView message) {
        return encode("message", null, message);
    }

    public EncodedFrame ok(Object id, Object payload) {
        return encode("ok", id, payload);
    }

    public EncodedFrame pong(Object id) {
        return encode("pong", id, null);
    }

    public EncodedFrame bye() {
        return encode("bye", null, null);
    }

    public EncodedFrame error(Object id, ErrorCode code, String message, Long retryAfterSeconds) {
        return encode("error", id, new ErrorBody(code.wireName(), message, retryAfterSeconds));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record ErrorBody(String code, String message, Long retryAfterS) { }

    /**
     * {@code {"type":T,"id":I,...the payload's fields}} and a newline. The payload is serialised
     * straight to bytes and spliced in: building a tree per frame cost more than the rest of a send.
     * The line is one array of its exact length, every part copied into it once.
     */
    private EncodedFrame encode(String type, Object id, Object payload) {
        try {
            byte[] typeName = type.getBytes(StandardCharsets.US_ASCII);
            byte[] idValue = id == null ? null : json.writeValueAsBytes(id instanceof Long ? id : id.toString());
            byte[] fields = payload == null ? EMPTY_OBJECT : json.writeValueAsBytes(payload);
            boolean hasFields = fields.length > EMPTY_OBJECT.length;
            int length = TYPE_FIELD.length + typeName.length + 1
                    + (idValue == null ? 0 : ID_FIELD.length + idValue.length)
                    + (hasFields ? 1 : 0) + fields.length - 1 + 1;
            byte[] line = new byte[length];
            int at = put(line, 0, TYPE_FIELD, 0);
            at = put(line, at, typeName, 0);
            line[at++] = '"';
            if (idValue != null) {
                at = put(line, at, ID_FIELD, 0);
                at = put(line, at, idValue, 0);
            }
            if (hasFields) {
                line[at++] = ',';
            }
            at = put(line, at, fields, 1); // without its opening brace
            line[at] = NEWLINE;
            return new EncodedFrame(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int put(byte[] line, int at, byte[] part, int from) {
        System.arraycopy(part, from, line, at, part.length - from);
        return at + part.length - from;
    }
}
