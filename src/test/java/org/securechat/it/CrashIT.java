package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** An acknowledgement is a promise: a kill -9 right after it loses nothing. */
class CrashIT {
    private static final int MESSAGES = 300;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedMessageSurvivesKillNine() throws Exception {
        List<Long> acknowledged = new ArrayList<>();
        // Flood control off: this test sends as fast as it can.
        try (ServerProcess server = ServerProcess.start(data, java.util.Map.of("CHAT_FLOOD_RATE", "0"))) {
            try (WireClient bob = server.connect()) {
                bob.ok("register", "user", "bob", "password", "hunter2hunter2", "server_password", server.serverPassword());
                for (int i = 0; i < MESSAGES; i++) {
                    acknowledged.add(bob.ok("send", "room", "general", "text", "message " + i)
                            .path("message").path("msg_id").asLong());
                }
                acknowledged.add(bob.ok("dm", "to", "bob", "text", "note to self").path("message").path("msg_id").asLong());
                server.kill();
            }
        }
        try (ServerProcess server = ServerProcess.start(data);
             WireClient bob = server.connect()) {
            bob.ok("login", "user", "bob", "password", "hunter2hunter2", "server_password", server.serverPassword());
            List<Long> stored = new ArrayList<>();
            Long before = null;
            while (true) {
                JsonNode page = before == null ? bob.ok("history", "room", "general", "limit", 200)
                        : bob.ok("history", "room", "general", "limit", 200, "before", before);
                JsonNode messages = page.path("messages");
                if (messages.isEmpty()) {
                    break;
                }
                List<Long> ids = new ArrayList<>();
                messages.forEach(m -> ids.add(m.path("msg_id").asLong()));
                stored.addAll(0, ids);
                before = ids.get(0);
            }
            bob.ok("history", "with", "bob").path("messages").forEach(m -> stored.add(m.path("msg_id").asLong()));
            assertEquals(acknowledged, stored);
        }
    }
}
