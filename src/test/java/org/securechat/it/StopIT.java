package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stop} and SIGTERM: every session is told, everything acknowledged is kept, exit status 0. */
class StopIT {
    private static final Map<String, String> ADMIN = Map.of(
            "CHAT_BOOTSTRAP_ADMIN_USER", "root", "CHAT_BOOTSTRAP_ADMIN_PASSWORD", "root-password");

    @TempDir
    Path data;

    @Test
    void stopTellsEverySessionAndExitsZero() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, ADMIN);
             ChatConnection root = new ChatConnection(server);
             ChatConnection dave = new ChatConnection(server)) {
            root.ok("login", "user", "root", "password", "root-password", "server_password", server.serverPassword());
            dave.ok("register", "user", "dave", "password", "dave-password", "server_password", server.serverPassword());
            dave.ok("send", "room", "general", "text", "before the stop");
            JsonNode forbidden = dave.request("stop");
            assertEquals("forbidden", forbidden.path("code").asText());

            root.ok("stop", "reason", "maintenance at noon");
            JsonNode shutdown = dave.awaitEvent(e -> e.path("type").asText().equals("shutdown"));
            assertEquals("maintenance at noon", shutdown.path("reason").asText());
            assertEquals(true, dave.closedWithin(10_000));
            assertEquals(0, server.awaitExit());
        }
        try (ServerProcess server = ServerProcess.start(data, ADMIN);
             ChatConnection dave = new ChatConnection(server)) {
            dave.ok("login", "user", "dave", "password", "dave-password", "server_password", server.serverPassword());
            assertEquals("before the stop",
                    dave.ok("history", "room", "general").path("messages").get(0).path("text").asText());
        }
    }

    @Test
    void sigtermDoesWhatStopDoes() throws Exception {
        try (ServerProcess server = ServerProcess.start(data);
             ChatConnection erin = new ChatConnection(server)) {
            erin.ok("register", "user", "erin", "password", "erin-password", "server_password", server.serverPassword());
            Thread terminator = new Thread(() -> {
                try {
                    Thread.sleep(200);
                    server.terminate();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            terminator.start();
            JsonNode shutdown = erin.awaitEvent(e -> e.path("type").asText().equals("shutdown"));
            assertEquals("the server is shutting down", shutdown.path("reason").asText());
            terminator.join();
            assertEquals(0, server.awaitExit());
        }
    }
}
