package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/**
 * One account cannot grow the database past its quota, and messages past the retention age go,
 * giving their senders' room back. A 400-character message counts 400 + 128 bytes: three fit in 2,000.
 */
class QuotaAndRetentionIT {
    private static final String TEXT = "q".repeat(400);

    @TempDir
    Path data;

    @Test
    void anAccountPastItsQuotaIsRefusedClearlyAndNothingOfItIsStored() throws Exception {
        Map<String, String> env = Map.of("CHAT_BCRYPT_COST", "4", "CHAT_QUOTA_ACCOUNT_BYTES", "2000");
        try (ServerProcess server = ServerProcess.start(data, env);
             WireClient flo = server.connect(); WireClient gus = server.connect()) {
            register(server, flo, "flo");
            register(server, gus, "gus");
            flo.ok("send", "room", "general", "text", TEXT);
            flo.ok("dm", "to", "gus", "text", TEXT);
            flo.ok("send", "room", "general", "text", TEXT);

            JsonNode refused = flo.request("send", "room", "general", "text", TEXT);
            assertEquals("quota_exceeded", refused.path("code").asText(), refused.toString());
            assertTrue(refused.path("message").asText().contains("quota"), refused.toString());
            assertEquals("quota_exceeded", flo.request("dm", "to", "gus", "text", TEXT).path("code").asText());
            gus.ok("send", "room", "general", "text", "another account has its own quota");

            assertEquals(3, gus.ok("history", "room", "general").path("messages").size(), "two of flo's, one of gus's");
        }
    }

    @Test
    void messagesPastTheRetentionAgeAreDeletedAndTheirRoomIsGivenBack() throws Exception {
        Map<String, String> env = Map.of("CHAT_BCRYPT_COST", "4", "CHAT_QUOTA_ACCOUNT_BYTES", "2000",
                "CHAT_RETENTION_MAX_AGE", "5s");
        try (ServerProcess server = ServerProcess.start(data, env); WireClient flo = server.connect()) {
            register(server, flo, "flo");
            for (String text : List.of("first " + TEXT, "second " + TEXT, "third " + TEXT)) {
                flo.ok("send", "room", "general", "text", text);
            }
            assertEquals("quota_exceeded", flo.request("send", "room", "general", "text", TEXT).path("code").asText());

            awaitHistory(flo, 1);
            assertTrue(history(flo).get(0).path("text").asText().startsWith("third "), "the newest one stays");
            flo.ok("send", "room", "general", "text", "room again " + TEXT);
            assertTrue(server.output().contains("deleted 2 messages older than PT5S"), server.output());
        }
    }

    private static void awaitHistory(WireClient client, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (history(client).size() != size) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("history still holds " + history(client));
            }
            Thread.sleep(250);
        }
    }

    private static JsonNode history(WireClient client) {
        return client.ok("history", "room", "general").path("messages");
    }

    private static void register(ServerProcess server, WireClient client, String name) {
        client.ok("register", "user", name, "password", name + "-password", "server_password", server.serverPassword());
    }
}
