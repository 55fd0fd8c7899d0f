package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;
import org.securechat.chat.IdleSessions;

/**
 * A session that sends nothing for chat.idle-timeout (120 s by default) is closed, one that pings
 * stays; a connection that has not logged in within chat.limits.auth-timeout (30 s) is closed. The
 * time passes on the chat's clock, and the sweep is run at once rather than waited for.
 */
@QuarkusTest
class IdleTimeoutTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    @Inject
    IdleSessions idleSessions;

    @Test
    void silentSessionsAreClosedAndPingingOnesStay() {
        WireClient silent = newUser("silent");
        WireClient pinging = newUser("pinging");
        clock.advance(Duration.ofSeconds(100));
        pinging.sync();
        idleSessions.sweep();
        silent.sync(); // 100 s of silence is within the timeout: still open, and now it has spoken

        clock.advance(Duration.ofSeconds(100));
        pinging.sync();
        clock.advance(Duration.ofSeconds(21));
        idleSessions.sweep();
        JsonNode told = silent.awaitEvent("error", e -> true);
        assertEquals("idle_timeout", told.path("code").asText(), told::toString);
        assertFalse(told.path("message").asText().isBlank(), told::toString);
        silent.awaitClosed(Duration.ofSeconds(5)); // 121 s since its last frame
        pinging.sync(); // 21 s: still open, it answers
    }

    @Test
    void aConnectionThatDoesNotLogInInTimeIsClosed() {
        WireClient lingering = connect();
        WireClient member = newUser("member");
        clock.advance(Duration.ofSeconds(20));
        lingering.sync(); // pinging is not logging in
        member.sync();
        idleSessions.sweep();
        lingering.sync(); // 20 s: within the 30 s to log in

        clock.advance(Duration.ofSeconds(11));
        idleSessions.sweep();
        lingering.awaitClosed(Duration.ofSeconds(5));
        member.sync(); // logged in: the deadline is not its
    }
}
