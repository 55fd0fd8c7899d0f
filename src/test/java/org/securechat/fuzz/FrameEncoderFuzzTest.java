package org.securechat.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.securechat.chat.ChatError;
import org.securechat.chat.Event;
import org.securechat.chat.InputRules;
import org.securechat.chat.Outbound;
import org.securechat.chat.StoredMessage;
import org.securechat.protocol.FrameCodec;

/**
 * What the encoder splices by hand around Jackson's output, over text a client chose: a message
 * event of any text the input rules let through, and a refusal that echoes a client's id and text.
 * Each must be one line of well-formed UTF-8 holding one JSON object, type and id first (clients
 * find the id of a line too long to parse there), that decodes to the same values.
 */
class FrameEncoderFuzzTest {
    private static final long LAST_MILLI_OF_9999 = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final FrameCodec codec = new FrameCodec();

    @Fuzz
    void encodes(FuzzedDataProvider data) throws IOException {
        long msgId = data.consumeLong();
        long at = data.consumeLong(0, LAST_MILLI_OF_9999);
        String id = data.consumeString(64);
        String text = data.consumeRemainingAsString();

        String message = "no user " + text;
        JsonNode refusal = line(Outbound.refusal(id, new ChatError(ChatError.Reason.NO_SUCH_USER, message)),
                "{\"type\":\"error\",\"id\":");
        assertEquals(id, refusal.get("id").textValue());
        assertEquals(message, refusal.get("message").textValue());

        try {
            InputRules.text(text);
        } catch (ChatError refused) {
            return;
        }
        StoredMessage stored = new StoredMessage(msgId, "general", null, "alice", text, "text",
                Instant.ofEpochMilli(at), false);
        JsonNode event = line(Outbound.event(new Event.MessagePosted(stored)), "{\"type\":\"message\",");
        assertEquals(text, event.get("text").textValue());
        assertEquals(msgId, event.get("msg_id").longValue());
        assertEquals(at, Instant.parse(event.get("ts").textValue()).toEpochMilli());
    }

    private JsonNode line(Outbound frame, String start) throws IOException {
        byte[] bytes = codec.encode(frame);
        for (byte b : bytes) {
            assertTrue(b != '\n' && b != '\r', "a line terminator inside the frame");
        }
        String line = new String(bytes, StandardCharsets.UTF_8);
        assertArrayEquals(bytes, line.getBytes(StandardCharsets.UTF_8), "not well-formed UTF-8");
        assertTrue(line.startsWith(start), line);
        return STRICT.readTree(bytes);
    }
}
