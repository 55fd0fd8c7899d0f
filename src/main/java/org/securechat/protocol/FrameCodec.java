package org.securechat.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.securechat.chat.ChatError;
import org.securechat.chat.Event;
import org.securechat.chat.Outbound;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests;
import org.securechat.chat.StoredMessage;

/**
 * The wire codec: a line (without its terminator) to a request, and the chat's events, replies and
 * refusals to lines. Pure: no I/O, thread-safe. Transports add their own framing.
 */
public final class FrameCodec {
    private static final byte[] TYPE_FIELD = "{\"type\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID_FIELD = ",\"id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);
    /** The wire type of each event; a message event's fields are the message's own. */
    private static final Map<Class<? extends Event>, String> EVENT_TYPES = Map.of(
            Event.Welcome.class, "welcome",
            Event.MessagePosted.class, "message",
            Event.Joined.class, "joined",
            Event.Left.class, "left",
            Event.PresenceChanged.class, "presence",
            Event.ReadMarker.class, "read_marker",
            Event.Kicked.class, "kicked",
            Event.Shutdown.class, "shutdown",
            Event.Bye.class, "bye");

    /** Strict: Jackson alone would read malformed UTF-8 into replacement characters or worse. */
    private static final ThreadLocal<CharsetDecoder> UTF8 = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
            .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

    /** passwd's field is "new", a Java keyword. */
    private abstract static class PasswdFields {
        @JsonProperty("new")
        abstract String replacement();
    }

    private final ObjectMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A number or boolean where text belongs is a client bug to report, not to paper over.
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addMixIn(Requests.Passwd.class, PasswdFields.class)
            .addModule(new SimpleModule().addSerializer(StoredMessage.class, new StoredMessageSerializer())
                    .addSerializer(Instant.class, new TimestampSerializer()))
            .build();

    /**
     * Decodes one line; refuses anything but well-formed UTF-8 (no overlong forms, no encoded
     * surrogates, nothing past U+10FFFF) holding an object with a string op (BAD_FRAME).
     */
    public InboundFrame decode(byte[] line, int offset, int length) {
        String text;
        try {
            text = UTF8.get().decode(ByteBuffer.wrap(line, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw badFrame("frame is not well-formed UTF-8");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (IOException e) {
            throw badFrame("frame is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw badFrame("frame must be a JSON object");
        }
        JsonNode op = node.get("op");
        if (op == null || !op.isTextual()) {
            throw badFrame("frame needs a string \"op\"");
        }
        return new InboundFrame(op.asText(), idOf(node.get("id")), node, this);
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
        throw badFrame("\"id\" must be a string or an integer");
    }

    private static ChatError badFrame(String message) {
        return new ChatError(ChatError.Reason.BAD_FRAME, message);
    }

    /** Binds a frame's fields to an op record; a field of the wrong type is a bad request. */
    <T> T bind(InboundFrame frame, Class<T> type) {
        try {
            return json.treeToValue(frame.body(), type);
        } catch (JsonProcessingException e) {
            String field = e instanceof MismatchedInputException m
                    && !m.getPath().isEmpty() ? m.getPath().get(0).getFieldName() : null;
            throw new ChatError(ChatError.Reason.BAD_REQUEST,
                    field == null ? "malformed fields for op " + frame.op() : "field \"" + field + "\" has the wrong type");
        }
    }

    /** The frame as one line of UTF-8 JSON, without a terminator. */
    public byte[] encode(Outbound frame) {
        Object body = frame.body();
        if (body instanceof Reply.Pong) {
            return encode("pong", frame.id(), null);
        }
        if (body instanceof Reply reply) {
            return encode("ok", frame.id(), reply);
        }
        if (body instanceof ChatError refusal) {
            return encode("error", frame.id(), new ErrorBody(ErrorCode.of(refusal.reason()).wireName(),
                    refusal.getMessage(), refusal.retryAfterSeconds()));
        }
        if (body instanceof Event.MessagePosted posted) {
            return encode("message", null, posted.message());
        }
        return encode(EVENT_TYPES.get(body.getClass()), null, body);
    }

    private record ErrorBody(String code, String message, Long retryAfterS) { }

    /**
     * {@code {"type":T,"id":I,...the payload's fields}}. The payload is serialised straight to bytes
     * and spliced in: building a tree per frame cost more than the rest of a send. The line is one
     * array of its exact length, every part copied into it once.
     */
    private byte[] encode(String type, Object id, Object payload) {
        try {
            byte[] typeName = type.getBytes(StandardCharsets.US_ASCII);
            byte[] idValue = id == null ? null : json.writeValueAsBytes(id instanceof Long ? id : id.toString());
            byte[] fields = payload == null ? EMPTY_OBJECT : json.writeValueAsBytes(payload);
            boolean hasFields = fields.length > EMPTY_OBJECT.length;
            int length = TYPE_FIELD.length + typeName.length + 1
                    + (idValue == null ? 0 : ID_FIELD.length + idValue.length)
                    + (hasFields ? 1 : 0) + fields.length - 1;
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
            put(line, at, fields, 1); // without its opening brace
            return line;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int put(byte[] line, int at, byte[] part, int from) {
        System.arraycopy(part, from, line, at, part.length - from);
        return at + part.length - from;
    }
}
