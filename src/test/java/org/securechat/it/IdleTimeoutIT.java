package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session that sends nothing for chat.idle-timeout is closed; one that pings stays. */
class IdleTimeoutIT {
    @TempDir
    Path data;

    @Test
    void silentSessionsAreClosedAndPingingOnesStay() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, Map.of("CHAT_IDLE_TIMEOUT", "2s"));
             ChatConnection silent = new ChatConnection(server);
             ChatConnection pinging = new ChatConnection(server)) {
            long start = System.nanoTime();
            for (int i = 0; i < 8; i++) {
                pinging.ok("ping");
                Thread.sleep(500);
            }
            assertTrue(silent.closedWithin(1_000), "the silent session was closed after the idle timeout");
            assertTrue(System.nanoTime() - start > 1_500_000_000L);
            pinging.ok("ping");
            assertFalse(pinging.closedWithin(200), "the pinging session is still open");
        }
    }
}
