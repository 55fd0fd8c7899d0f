package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** What the data dir holds: no message text in the clear, keys owner-only, tampering detected. */
class DataAtRestIT {
    @TempDir
    Path data;

    @Test
    void noFileHoldsMessageTextAndATamperedRowShowsAsUnreadable() throws Exception {
        String canary = "canary-" + UUID.randomUUID();
        try (ServerProcess server = ServerProcess.start(data)) {
            try (WireClient carol = server.connect()) {
                carol.ok("register", "user", "carol", "password", "carol-password", "server_password", server.serverPassword());
                carol.ok("send", "room", "general", "text", "room " + canary);
                carol.ok("dm", "to", "carol", "text", "direct " + canary);
                carol.ok("send", "room", "general", "text", "the last word");
                // While the server runs, WAL and shared memory files exist too: scan those as well.
                assertNoFileContains(canary);
            }
            assertEquals(0, server.stop());
        }
        assertNoFileContains(canary);
        assertEquals("rw-------", permissions("storage.key"));
        assertEquals("rw-------", permissions("tls-key.pem"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("securechat.db"))) {
            try (ResultSet hash = db.createStatement().executeQuery("SELECT password_hash FROM accounts")) {
                hash.next();
                assertTrue(hash.getString(1).startsWith("$2a$12$"), "bcrypt with cost 12");
            }
            flipFirstCiphertextByte(db);
        }

        try (ServerProcess server = ServerProcess.start(data);
             WireClient carol = server.connect()) {
            carol.ok("login", "user", "carol", "password", "carol-password", "server_password", server.serverPassword());
            JsonNode messages = carol.ok("history", "room", "general").path("messages");
            assertEquals(2, messages.size());
            assertTrue(messages.get(0).path("unreadable").asBoolean(), messages.toString());
            assertEquals("[unreadable message]", messages.get(0).path("text").asText());
            assertFalse(messages.get(1).has("unreadable"));
            assertEquals("the last word", messages.get(1).path("text").asText());
            assertEquals("direct " + canary, carol.ok("history", "with", "carol").path("messages").get(0).path("text").asText());
            assertTrue(server.output().contains("failed authentication"), server.output());
        }
    }

    @Test
    void aStorageKeyThatIsNotThirtyTwoBytesStopsTheStartAndSaysWhichKey() {
        Exception refused = assertThrows(Exception.class,
                () -> ServerProcess.start(data, Map.of("CHAT_STORAGE_KEY", "c2hvcnQ=")).close());
        assertTrue(refused.getMessage().contains("the storage key from chat.storage.key is not base64 of 32 bytes"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("c2hvcnQ="), "the key itself is never printed");
    }

    private void assertNoFileContains(String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(contains(Files.readAllBytes(file), needle), file + " holds a message in the clear");
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private String permissions(String file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file)));
    }

    private static void flipFirstCiphertextByte(Connection db) throws Exception {
        byte[] ciphertext;
        try (ResultSet row = db.createStatement().executeQuery("SELECT ciphertext FROM messages ORDER BY id LIMIT 1")) {
            row.next();
            ciphertext = row.getBytes(1);
        }
        ciphertext[0] ^= 1;
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE messages SET ciphertext = ? WHERE id = (SELECT MIN(id) FROM messages)")) {
            update.setBytes(1, ciphertext);
            assertEquals(1, update.executeUpdate());
        }
    }

}
