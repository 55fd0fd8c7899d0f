package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** A resume token outlives the server: a restart (with a new server password) and a kill -9. */
class ResumeIT {
    @TempDir
    Path data;

    @Test
    void theSameTokenResumesAfterARestartAndItsPredecessorIsRefused() throws Exception {
        String token;
        String firstPassword;
        try (ServerProcess server = ServerProcess.start(data);
             WireClient ivy = server.connect()) {
            firstPassword = server.serverPassword();
            token = ivy.ok("register", "user", "ivy", "password", "ivy-password", "server_password", firstPassword)
                    .path("resume_token").asText();
            ivy.ok("join", "room", "garden");
            server.stop();
            assertEquals(0, server.awaitExit());
        }
        String next;
        try (ServerProcess server = ServerProcess.start(data);
             WireClient ivy = server.connect();
             WireClient replay = server.connect()) {
            assertNotEquals(firstPassword, server.serverPassword(), "a new server password at each start");
            JsonNode resumed = ivy.ok("resume", "user", "ivy", "token", token);
            assertEquals(List.of("garden", "general"), List.of(resumed.path("rooms").get(0).asText(),
                    resumed.path("rooms").get(1).asText()));
            next = resumed.path("resume_token").asText();
            assertEquals("bad_token", replay.request("resume", "user", "ivy", "token", token).path("code").asText());
            server.kill();
        }
        try (ServerProcess server = ServerProcess.start(data);
             WireClient ivy = server.connect();
             WireClient replay = server.connect()) {
            ivy.ok("resume", "user", "ivy", "token", next); // kill -9 lost nothing: the rotation was committed
            ivy.ok("send", "room", "garden", "text", "back after a crash");
            assertEquals("bad_token", replay.request("resume", "user", "ivy", "token", token).path("code").asText());
        }
    }
}
