package org.securechat.protocol;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;
import org.securechat.chat.IdleSessions;

/**
 * A session that sends nothing for chat.idle-timeout (120 s by default) is closed; one that pings
 * stays. The two minutes pass on the chat's clock, and the sweep is run at once rather than waited for.
 */
@QuarkusTest
class IdleTimeoutTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    @Inject
    IdleSessions idleSessions;

    @Test
    void silentSessionsAreClosedAndPingingOnesStay() {
        WireClient silent = connect();
        WireClient pinging = connect();
        clock.advance(Duration.ofSeconds(100));
        pinging.sync();
        idleSessions.sweep();
        silent.sync(); // 100 s of silence is within the timeout: still open, and now it has spoken

        clock.advance(Duration.ofSeconds(100));
        pinging.sync();
        clock.advance(Duration.ofSeconds(21));
        idleSessions.sweep();
        silent.awaitClosed(Duration.ofSeconds(5)); // 121 s since its last frame
        pinging.sync(); // 21 s: still open, it answers
    }
}
