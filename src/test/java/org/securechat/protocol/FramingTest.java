package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Lines, JSON, ids and the frame cap: what any client meets before the chat itself. */
@QuarkusTest
class FramingTest extends ProtocolTestBase {
    private static final int MAX_FRAME_BYTES = 65_536;

    @ParameterizedTest
    @ValueSource(strings = {"this is not json", "[1,2,3]", "\"op\"", "42", "null", "", "{\"id\":1}", "{\"op\":7}",
            "{\"op\":null}", "{\"op\":", "{\"op\":\"ping\",\"id\":\"one\"} {\"op\":\"ping\",\"id\":\"two\"}"})
    void refusesWhatIsNotOneObjectWithAStringOpAndKeepsTheConnection(String line) {
        WireClient client = connect();
        client.sendLine(line);
        WireClient.assertError("bad_frame", client.awaitEvent("error", e -> true));
        client.sync(); // the connection is still open
        assertTrue(client.takeKept("pong", p -> true).isEmpty(), "nothing in a bad frame is acted on");
    }

    @Test
    void refusesDeeplyNestedJsonAndKeepsTheConnection() {
        WireClient client = connect();
        client.sendLine("{\"op\":\"ping\",\"id\":\"deep\",\"x\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}");
        WireClient.assertError("bad_frame", client.awaitEvent("error", e -> true));
        client.sync();
    }

    @Test
    void acceptsCrLfLineEndings() {
        WireClient client = connect();
        client.sendBytes("{\"op\":\"ping\",\"id\":\"crlf\"}\r\n".getBytes(StandardCharsets.UTF_8));
        JsonNode pong = client.awaitEvent("pong", p -> true);
        assertEquals("crlf", pong.path("id").asText());
        Credentials who = Credentials.fresh("crlf");
        client.sendBytes((WireClient.JSON.valueToTree(Map.of("op", "register", "id", 1, "user", who.user(),
                "password", who.password(), "server_password", serverPassword.current())) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(who.user(), assertOk(client.awaitEvent("ok", r -> r.path("id").asInt() == 1)).path("user").asText());
    }

    @Test
    void acceptsAFrameOfExactlyTheCap() {
        WireClient client = connect();
        client.sendBytes(pingOfSize(MAX_FRAME_BYTES, "at-cap"));
        assertEquals("at-cap", client.awaitEvent("pong", p -> true).path("id").asText());
    }

    @Test
    void refusesAFrameOneByteOverTheCapAndCloses() {
        WireClient client = connect();
        client.sendBytes(pingOfSize(MAX_FRAME_BYTES + 1, "over-cap"));
        WireClient.assertError("frame_too_large", client.awaitEvent("error", e -> true));
        client.awaitClosed(WireClient.WAIT);
        assertTrue(client.takeKept("pong", p -> true).isEmpty(), "the oversized ping is not answered");
    }

    @Test
    void echoesStringAndIntegerIdsOnOkErrorAndPong() {
        WireClient client = connect();
        JsonNode pong = client.exchange(WireClient.frame("ping", "id", "p-1"));
        assertTrue(pong.path("id").isTextual(), pong::toString);
        JsonNode numbered = client.exchange(WireClient.frame("ping", "id", 4_000_000_000L));
        assertTrue(numbered.path("id").isIntegralNumber(), numbered::toString);
        assertEquals(4_000_000_000L, numbered.path("id").asLong());

        JsonNode error = client.exchange(WireClient.frame("send", "id", "s-1", "room", "general", "text", "hi"));
        WireClient.assertError("auth_required", error);
        assertEquals("s-1", error.path("id").asText());
        WireClient.assertError("auth_required", client.exchange(WireClient.frame("rooms", "id", 77)));

        Credentials who = Credentials.fresh("ids");
        JsonNode ok = client.exchange(WireClient.frame("register", "id", "reg", "user", who.user(),
                "password", who.password(), "server_password", serverPassword.current()));
        assertEquals("reg", assertOk(ok).path("id").asText());
        JsonNode okNumbered = client.exchange(WireClient.frame("rooms", "id", 12));
        assertEquals(12, assertOk(okNumbered).path("id").asInt());
    }

    @Test
    void refusesAnUnknownOpAndIgnoresUnknownFields() {
        WireClient client = newUser("unknown");
        assertEquals("unknown_op", client.refused("unknown_op", "teleport").path("code").asText());
        JsonNode pong = client.request("ping", "flavour", "extra fields are ignored");
        assertEquals("pong", pong.path("type").asText(), pong::toString);
    }

    /** A ping frame padded with an unknown field to exactly {@code size} bytes, plus its newline. */
    private static byte[] pingOfSize(int size, String id) {
        String head = "{\"op\":\"ping\",\"id\":\"" + id + "\",\"pad\":\"";
        String tail = "\"}";
        String frame = head + "x".repeat(size - head.length() - tail.length()) + tail;
        assertEquals(size, frame.getBytes(StandardCharsets.UTF_8).length);
        return (frame + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
