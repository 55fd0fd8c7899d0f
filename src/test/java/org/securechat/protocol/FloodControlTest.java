package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/** The per-session token bucket with its defaults: a burst of 20, then 10 messages a second. */
@QuarkusTest
class FloodControlTest extends ProtocolTestBase {
    @Inject
    TestClock clock;
    private static final int BURST = 20;
    private static final int SENT = 30;

    @Test
    void aBurstOfTwentyPassesTheRestAreRateLimitedAndNothingRefusedIsStored() {
        String room = Credentials.unique("flood");
        Credentials who = Credentials.fresh("flood");
        WireClient flooder = registered(who);
        flooder.ok("join", "room", room);
        IntStream.range(0, SENT).forEach(i -> flooder.send(WireClient.frame("send", "id", i, "room", room, "text", "flood " + i)));
        List<JsonNode> replies = IntStream.range(0, SENT).mapToObj(flooder::reply).toList();

        replies.subList(0, BURST).forEach(ProtocolTestBase::assertOk);
        List<JsonNode> limited = replies.stream().filter(r -> "rate_limited".equals(r.path("code").asText())).toList();
        // The bucket refills at 10/s: a slow server may let one or two more through, never most of them.
        assertTrue(limited.size() >= SENT - BURST - 2, () -> "expected rate_limited past the burst: " + replies);
        limited.forEach(r -> WireClient.assertError("rate_limited", r));
        long retryAfter = limited.get(0).path("retry_after_s").asLong();
        assertTrue(retryAfter >= 1, limited.get(0)::toString);

        List<String> accepted = IntStream.range(0, SENT).filter(i -> "ok".equals(replies.get(i).path("type").asText()))
                .mapToObj(i -> "flood " + i).toList();
        WireClient other = loggedIn(who); // a session of its own, with a full bucket
        assertEquals(accepted, Frames.texts(other.ok("history", "room", room)), "refused messages are not stored");
        other.ok("send", "room", room, "text", "another session has its own bucket");

        clock.advance(Duration.ofSeconds(retryAfter)); // the refill, on the chat's clock
        flooder.ok("send", "room", room, "text", "after the wait");
    }
}
