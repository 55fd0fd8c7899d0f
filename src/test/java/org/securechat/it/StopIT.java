package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** {@code stop} and SIGTERM: every session is told, everything acknowledged is kept, exit status 0. */
class StopIT {
    private static final Map<String, String> ADMIN = Map.of(
            "CHAT_BOOTSTRAP_ADMIN_USER", "root", "CHAT_BOOTSTRAP_ADMIN_PASSWORD", "root-password");

    @TempDir
    Path data;

    @Test
    void stopTellsEverySessionAndExitsZero() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, ADMIN);
             WireClient root = server.connect();
             WireClient dave = server.connect()) {
            root.ok("login", "user", "root", "password", "root-password", "server_password", server.serverPassword());
            dave.ok("register", "user", "dave", "password", "dave-password", "server_password", server.serverPassword());
            dave.ok("send", "room", "general", "text", "before the stop");
            JsonNode forbidden = dave.request("stop");
            assertEquals("forbidden", forbidden.path("code").asText());

            root.ok("stop", "reason", "maintenance at noon");
            JsonNode shutdown = dave.awaitEvent("shutdown", e -> true);
            assertEquals("maintenance at noon", shutdown.path("reason").asText());
            assertFalse(shutdown.path("restart").asBoolean(true), () -> "a stop is not a restart: " + shutdown);
            dave.awaitClosed(Duration.ofMillis(10_000));
            assertEquals(0, server.awaitExit());
        }
        try (ServerProcess server = ServerProcess.start(data, ADMIN);
             WireClient dave = server.connect()) {
            dave.ok("login", "user", "dave", "password", "dave-password", "server_password", server.serverPassword());
            assertEquals("before the stop",
                    dave.ok("history", "room", "general").path("messages").get(0).path("text").asText());
        }
    }

    @Test
    void aStopThatAsksForARestartSaysSo() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, ADMIN);
             WireClient root = server.connect();
             WireClient gina = server.connect()) {
            root.ok("login", "user", "root", "password", "root-password", "server_password", server.serverPassword());
            gina.ok("register", "user", "gina", "password", "gina-password", "server_password", server.serverPassword());
            root.ok("stop", "reason", "upgrade", "restart", true);
            JsonNode shutdown = gina.awaitEvent("shutdown", e -> true);
            assertTrue(shutdown.path("restart").asBoolean(false), shutdown::toString);
            assertEquals(0, server.awaitExit());
        }
    }

    @Test
    void sigtermDoesWhatStopDoes() throws Exception {
        try (ServerProcess server = ServerProcess.start(data);
             WireClient erin = server.connect()) {
            erin.ok("register", "user", "erin", "password", "erin-password", "server_password", server.serverPassword());
            Thread terminator = new Thread(() -> {
                try {
                    Thread.sleep(200);
                    server.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            terminator.start();
            JsonNode shutdown = erin.awaitEvent("shutdown", e -> true);
            assertEquals("the server is shutting down", shutdown.path("reason").asText());
            assertTrue(shutdown.path("restart").asBoolean(false), () -> "SIGTERM is a restart (a pod roll): " + shutdown);
            terminator.join();
            assertEquals(0, server.awaitExit());
        }
    }
}
