package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client that stops reading is closed once its outbound queue is full; the room goes on. */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class SlowReaderTest extends ProtocolTestBase {
    /** 8 MB: far more than the stalled client's socket buffers and outbound queue hold. */
    private static final int MAX_MESSAGES = 1000;
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    /**
     * About 8 KB of UTF-8 a message: the writer gets each twice (echo and ok), one at a time, so no
     * burst to a client that does read comes near the 64 KiB queue of this profile.
     */
    private static final String BULK = "\uD83D\uDE00".repeat(2000);

    @Test
    void aClientThatNeverReadsIsClosedWhileTheOthersKeepReceiving() throws InterruptedException {
        String room = Credentials.unique("slow");
        WireClient stalled = connect(Dial.DEFAULT.receiveBuffer(4096));
        assertOk(stalled.register(Credentials.fresh("stalled")));
        stalled.ok("join", "room", room);
        stalled.stopReading();
        WireClient writer = newUser("writer");
        WireClient reader = newUser("reader");
        writer.ok("join", "room", room);
        reader.ok("join", "room", room);

        List<JsonNode> closed = List.of();
        for (int i = 0; i < MAX_MESSAGES && closed.isEmpty(); i++) {
            String marker = "m" + i + " ";
            writer.ok("send", "room", room, "text", marker + BULK);
            writer.takeKept("message", echo -> true);
            reader.awaitEvent("message", m -> m.path("text").asText().startsWith(marker), PROMPTLY);
            closed = reader.takeKept("presence", Frames.wentOffline(stalled.user()));
        }
        assertFalse(closed.isEmpty(), "the stalled client was never closed: no presence offline after " + MAX_MESSAGES + " messages");
        JsonNode presence = closed.get(0);
        assertFalse(presence.path("reason").asText().isBlank(), () -> "the close says why: " + presence);
        stalled.awaitWritesRefused(Duration.ofSeconds(5)); // the connection itself is closed, not only the session

        writer.ok("send", "room", room, "text", "after the stall");
        reader.awaitEvent("message", Frames.text("after the stall"), PROMPTLY);
    }
}
