package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securechat.chat.ChatError;
import org.securechat.chat.Event;
import org.securechat.chat.Outbound;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests;
import org.securechat.chat.ResumeToken;
import org.securechat.chat.StoredMessage;

/**
 * Server frames as a client reads them: one JSON object, type first, no field twice, no line
 * terminator (the transport adds its own); and client frames bound to the op's fields.
 */
class FrameCodecTest {
    private final FrameCodec codec = new FrameCodec();
    private final ObjectMapper json = new ObjectMapper();

    private String text(Outbound frame) {
        String line = new String(codec.encode(frame), StandardCharsets.UTF_8);
        assertTrue(line.indexOf('\n') < 0, line);
        assertTrue(line.startsWith("{\"type\":\""), line);
        return line;
    }

    private JsonNode parse(Outbound frame) throws Exception {
        return json.readTree(text(frame));
    }

    @Test
    void anOkCarriesItsIdAndThePayloadsFieldsInSnakeCase() throws Exception {
        JsonNode ok = parse(Outbound.reply(7L,
                new Reply.Authenticated("ann", false, List.of("lobby"), new ResumeToken("t0ken", "dev1ce-id"))));
        assertEquals("ok", ok.get("type").asText());
        assertEquals(7, ok.get("id").asLong());
        assertEquals("ann", ok.get("user").asText());
        assertEquals("lobby", ok.get("rooms").get(0).asText());
        assertEquals("t0ken", ok.get("resume_token").asText());
        assertEquals("dev1ce-id", ok.get("device_id").asText());
        assertEquals(7, ok.size());
        assertEquals("s3cret-Pass", parse(Outbound.reply(1L, new Reply.NewServerPassword("s3cret-Pass")))
                .get("server_password").asText());
    }

    @Test
    void aStringIdIsEscapedAndAnEmptyPayloadAddsNothing() throws Exception {
        String id = "q\"uote\\ \u00e9 \n";
        JsonNode ok = parse(Outbound.reply(id, new Reply.Done()));
        assertEquals(id, ok.get("id").asText());
        assertEquals(2, ok.size());
        assertEquals("{\"type\":\"bye\"}", text(Outbound.event(new Event.Bye())));
        assertEquals("{\"type\":\"pong\",\"id\":3}", text(Outbound.reply(3L, new Reply.Pong())));
    }

    @Test
    void anEventHasItsTypeOnce() {
        assertEquals("{\"type\":\"joined\",\"room\":\"lobby\",\"user\":\"ann\"}",
                text(Outbound.event(new Event.Joined("lobby", "ann"))));
        assertEquals("{\"type\":\"presence\",\"user\":\"ann\",\"online\":true}",
                text(Outbound.event(new Event.PresenceChanged("ann", true, null, null))));
    }

    @Test
    void aMessageEventLeavesOutAbsentFieldsAndKeepsTheText() throws Exception {
        StoredMessage message = new StoredMessage(42, "lobby", null, "ann", "h\u00e9llo \"you\" \ud83d\ude00", "text",
                Instant.parse("2026-11-24T05:30:07.045Z"), false);
        JsonNode event = parse(Outbound.event(new Event.MessagePosted(message)));
        assertEquals("message", event.get("type").asText());
        assertEquals(42, event.get("msg_id").asLong());
        assertEquals("h\u00e9llo \"you\" \ud83d\ude00", event.get("text").asText());
        assertEquals("2026-11-24T05:30:07.045Z", event.get("ts").asText());
        assertTrue(!event.has("to") && !event.has("unreadable"), event.toString());
        JsonNode stored = parse(Outbound.reply(5L, new Reply.Stored(new StoredMessage(43, null, "bob", "ann",
                "[unreadable message]", "text", Instant.EPOCH, true)))).get("message");
        assertEquals("bob", stored.get("to").asText());
        assertTrue(stored.get("unreadable").asBoolean() && !stored.has("room"), stored.toString());
    }

    @Test
    void anErrorNamesItsCodeAndOnlyARateLimitSaysWhenToRetry() throws Exception {
        JsonNode limited = parse(Outbound.refusal(9L, new ChatError(ChatError.Reason.RATE_LIMITED, "slow down", 2L)));
        assertEquals("rate_limited", limited.get("code").asText());
        assertEquals("slow down", limited.get("message").asText());
        assertEquals(2, limited.get("retry_after_s").asLong());
        assertEquals(9, limited.get("id").asLong());
        JsonNode bad = parse(Outbound.refusal(null, new ChatError(ChatError.Reason.BAD_FRAME, "not JSON")));
        assertEquals("bad_frame", bad.get("code").asText());
        assertTrue(!bad.has("id") && !bad.has("retry_after_s"), bad.toString());
    }

    @Test
    void everyReasonHasTheCodeOfItsName() {
        for (ChatError.Reason reason : ChatError.Reason.values()) {
            assertEquals(reason.name().toLowerCase(java.util.Locale.ROOT), ErrorCode.of(reason).wireName());
        }
    }

    @Test
    void aRequestIsBoundToItsOpsFieldsAndPasswdsNewFieldIsTheReplacement() {
        byte[] line = "{\"op\":\"passwd\",\"id\":\"p\",\"old\":\"old-one\",\"new\":\"new-one\"}"
                .getBytes(StandardCharsets.UTF_8);
        InboundFrame frame = codec.decode(line, 0, line.length);
        assertEquals("passwd", frame.op());
        assertEquals("p", frame.id());
        assertEquals(new Requests.Passwd("old-one", "new-one"), frame.fields(Requests.Passwd.class));
        byte[] wrong = "{\"op\":\"send\",\"room\":7,\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        ChatError refusal = assertThrows(ChatError.class,
                () -> codec.decode(wrong, 0, wrong.length).fields(Requests.Send.class));
        assertEquals(ChatError.Reason.BAD_REQUEST, refusal.reason());
        assertEquals("field \"room\" has the wrong type", refusal.getMessage());
    }
}
