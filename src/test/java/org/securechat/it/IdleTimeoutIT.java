package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** A session that sends nothing for chat.idle-timeout is closed; one that pings stays. */
class IdleTimeoutIT {
    @TempDir
    Path data;

    @Test
    void silentSessionsAreClosedAndPingingOnesStay() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, Map.of("CHAT_IDLE_TIMEOUT", "2s"));
             WireClient silent = server.connect();
             WireClient pinging = server.connect()) {
            long start = System.nanoTime();
            for (int i = 0; i < 8; i++) {
                pinging.sync();
                Thread.sleep(500);
            }
            silent.awaitClosed(Duration.ofMillis(1_000));
            assertTrue(System.nanoTime() - start > 1_500_000_000L);
            pinging.sync(); // still open: it answers
        }
    }
}
