package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;
import org.securechat.store.SmallDisk;

/** The packaged server on a real filesystem that fills up and is freed again, with no restart between. */
class DiskFullIT {
    private static final Map<String, String> ENV = Map.of("CHAT_BCRYPT_COST", "4", "CHAT_FLOOD_RATE", "0");

    @TempDir
    Path scratch;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFullDiskRefusesWritesAndReadinessUntilSpaceIsFreedThenBothComeBackByThemselves() throws Exception {
        assumeTrue(SmallDisk.mountable(), "needs root to mount a small filesystem");
        try (SmallDisk disk = SmallDisk.mount(scratch.resolve("disk"), 4096)) {
            try (ServerProcess server = ServerProcess.start(disk.root().resolve("data"), ENV);
                 WireClient amy = server.connect()) {
                String ready = "http://127.0.0.1:" + server.httpPorts().management() + "/q/health/ready";
                amy.ok("register", "user", "amy", "password", "amy-password", "server_password", server.serverPassword());
                List<Long> acknowledged = new ArrayList<>();
                acknowledged.add(sent(amy.ok("send", "room", "general", "text", "before the disk filled")));
                assertEquals(200, get(ready).statusCode());

                disk.fill();
                JsonNode refused = null;
                for (int i = 0; i < 1000 && refused == null; i++) {
                    JsonNode reply = amy.request("send", "room", "general", "text", "message " + i);
                    if ("ok".equals(reply.path("type").asText())) {
                        acknowledged.add(sent(reply)); // the last pages of the log had room for it
                    } else {
                        refused = reply;
                    }
                }
                assertNotNull(refused, "a full disk refuses writes");
                assertEquals("store_unavailable", refused.path("code").asText(), refused.toString());
                assertTrue(refused.path("retry_after_s").asInt() >= 1, refused.toString());
                HttpResponse<String> down = get(ready);
                assertEquals(503, down.statusCode(), down.body());
                assertTrue(down.body().contains("\"database_writes\": false"), down.body());
                assertTrue(down.body().contains("\"database_answers\": true"), "reads still work: " + down.body());
                assertEquals("store_unavailable", amy.request("dm", "to", "amy", "text", "refused too").path("code").asText());

                disk.free();
                awaitStatus(ready, 200);
                acknowledged.add(sent(amy.ok("send", "room", "general", "text", "after the disk was freed")));

                List<Long> stored = new ArrayList<>();
                amy.ok("history", "room", "general", "limit", 200).path("messages")
                        .forEach(m -> stored.add(m.path("msg_id").asLong()));
                assertEquals(acknowledged, stored, "every acknowledged message is kept, and nothing refused is");
                assertFalse(server.output().contains("op failed"), "no write failed as internal: " + server.output());
                assertEquals(0, server.stop());
            }
        }
    }

    private static long sent(JsonNode ok) {
        return ok.path("message").path("msg_id").asLong();
    }

    private void awaitStatus(String url, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (get(url).statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(url + " did not answer " + status + ": " + get(url).body());
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
