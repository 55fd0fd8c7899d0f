package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Server frames as a client reads them: one JSON object per line, type first, no field twice. */
class FrameCodecTest {
    private final FrameCodec codec = new FrameCodec();
    private final ObjectMapper json = new ObjectMapper();

    private String text(EncodedFrame frame) {
        String line = new String(frame.line(), StandardCharsets.UTF_8);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
        assertTrue(line.startsWith("{\"type\":\""), line);
        return line;
    }

    private JsonNode parse(EncodedFrame frame) throws Exception {
        return json.readTree(text(frame));
    }

    @Test
    void anOkCarriesItsIdAndThePayloadsFieldsInSnakeCase() throws Exception {
        JsonNode ok = parse(codec.ok(7L, new ServerFrames.Authenticated("ann", false, List.of("lobby"))));
        assertEquals("ok", ok.get("type").asText());
        assertEquals(7, ok.get("id").asLong());
        assertEquals("ann", ok.get("user").asText());
        assertEquals("lobby", ok.get("rooms").get(0).asText());
        assertEquals(5, ok.size());
    }

    @Test
    void aStringIdIsEscapedAndAnEmptyPayloadAddsNothing() throws Exception {
        String id = "q\"uote\\ \u00e9 \n";
        JsonNode ok = parse(codec.ok(id, new ServerFrames.Empty()));
        assertEquals(id, ok.get("id").asText());
        assertEquals(2, ok.size());
        assertEquals("{\"type\":\"bye\"}\n", text(codec.bye()));
        assertEquals("{\"type\":\"pong\",\"id\":3}\n", text(codec.pong(3L)));
    }

    @Test
    void anEventHasItsTypeOnce() {
        String line = text(codec.event(new ServerFrames.Joined("lobby", "ann")));
        assertEquals("{\"type\":\"joined\",\"room\":\"lobby\",\"user\":\"ann\"}\n", line);
    }

    @Test
    void aMessageEventLeavesOutAbsentFieldsAndKeepsTheText() throws Exception {
        MessageView message = new MessageView(42, "lobby", null, "ann", "h\u00e9llo \"you\" \ud83d\ude00", "text",
                "2026-11-24T05:30:07.045Z", null);
        JsonNode event = parse(codec.message(message));
        assertEquals("message", event.get("type").asText());
        assertEquals(42, event.get("msg_id").asLong());
        assertEquals("h\u00e9llo \"you\" \ud83d\ude00", event.get("text").asText());
        assertTrue(!event.has("to") && !event.has("unreadable"), event.toString());
    }

    @Test
    void anErrorNamesItsCodeAndOnlyARateLimitSaysWhenToRetry() throws Exception {
        JsonNode limited = parse(codec.error(9L, ErrorCode.RATE_LIMITED, "slow down", 2L));
        assertEquals("rate_limited", limited.get("code").asText());
        assertEquals("slow down", limited.get("message").asText());
        assertEquals(2, limited.get("retry_after_s").asLong());
        assertEquals(9, limited.get("id").asLong());
        JsonNode bad = parse(codec.error(null, ErrorCode.BAD_FRAME, "not JSON", null));
        assertEquals("bad_frame", bad.get("code").asText());
        assertTrue(!bad.has("id") && !bad.has("retry_after_s"), bad.toString());
    }
}
