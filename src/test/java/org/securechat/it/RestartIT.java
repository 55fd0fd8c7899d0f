package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** What survives a restart on the same data dir, and what must not. */
class RestartIT {
    @TempDir
    Path data;

    @Test
    void accountsMembershipsHistoryAndFingerprintSurviveButTheServerPasswordChanges() throws Exception {
        String fingerprint;
        String firstPassword;
        try (ServerProcess server = ServerProcess.start(data)) {
            fingerprint = server.fingerprint();
            firstPassword = server.serverPassword();
            try (WireClient alice = server.connect()) {
                alice.ok("register", "user", "Alice", "password", "correct horse", "server_password", firstPassword);
                alice.ok("join", "room", "ops");
                alice.ok("send", "room", "ops", "text", "first");
                alice.ok("send", "room", "ops", "text", "second", "kind", "action");
            }
            assertEquals(0, server.stop(), "SIGTERM is a clean stop");
        }
        try (ServerProcess server = ServerProcess.start(data)) {
            assertEquals(fingerprint, server.fingerprint(), "the generated certificate is kept");
            assertNotEquals(firstPassword, server.serverPassword(), "a fresh server password at each start");
            try (WireClient stale = server.connect()) {
                JsonNode refused = stale.request("login", "user", "alice", "password", "correct horse",
                        "server_password", firstPassword);
                assertEquals("bad_server_password", refused.path("code").asText());
            }
            try (WireClient alice = server.connect()) {
                JsonNode login = alice.ok("login", "user", "alice", "password", "correct horse",
                        "server_password", server.serverPassword());
                assertEquals("Alice", login.path("user").asText(), "shown as registered");
                assertEquals(List.of("general", "ops"), texts(login.path("rooms")));
                JsonNode history = alice.ok("history", "room", "ops").path("messages");
                assertEquals(List.of("first", "second"), texts(history.findValues("text")));
                assertEquals("action", history.get(1).path("kind").asText());
            }
        }
    }

    static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }
}
