package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;
import org.securechat.store.StorageKey;

/**
 * Rows changed on disk: each damaged or moved row is one unreadable message in its page, never a
 * failed page, and a row written before the DM pair was bound still opens.
 */
class DamagedRowsIT {
    private static final byte[] KEY = randomKey();
    private static final Map<String, String> ENV = Map.of(
            "CHAT_STORAGE_KEY", Base64.getEncoder().encodeToString(KEY), "CHAT_BCRYPT_COST", "4");

    @TempDir
    Path data;

    @Test
    void aTruncatedCiphertextOrNonceIsOneUnreadableMessage() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, ENV);
             WireClient carol = server.connect();
             DatabaseFile db = new DatabaseFile(data)) {
            register(server, carol, "carol");
            List<Long> ids = new ArrayList<>();
            for (String text : List.of("one", "two", "three", "four", "five")) {
                ids.add(carol.ok("send", "room", "general", "text", text).path("message").path("msg_id").asLong());
            }
            db.update("UPDATE messages SET ciphertext = substr(ciphertext, 1, 5) WHERE id = ?", ids.get(1));
            db.update("UPDATE messages SET ciphertext = X'' WHERE id = ?", ids.get(2));
            db.update("UPDATE messages SET nonce = X'' WHERE id = ?", ids.get(3));

            JsonNode page = carol.ok("history", "room", "general").path("messages");
            assertEquals(List.of("one", "[unreadable message]", "[unreadable message]", "[unreadable message]", "five"),
                    texts(page));
            assertFalse(page.get(0).has("unreadable"));
            assertTrue(page.get(1).path("unreadable").asBoolean(), page.toString());
        }
    }

    @Test
    void aDirectMessageMovedToAnotherConversationDoesNotOpen() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, ENV);
             WireClient carol = server.connect();
             WireClient erin = server.connect();
             DatabaseFile db = new DatabaseFile(data)) {
            register(server, carol, "carol");
            register(server, erin, "erin");
            try (WireClient dave = server.connect()) {
                register(server, dave, "dave");
            }
            long id = carol.ok("dm", "to", "dave", "text", "for dave only").path("message").path("msg_id").asLong();
            long carolId = db.accountId("carol");
            long erinId = db.accountId("erin");
            assertEquals(1, db.update("UPDATE messages SET dm_low = ?, dm_high = ? WHERE id = ?",
                    Math.min(carolId, erinId), Math.max(carolId, erinId), id));

            JsonNode moved = erin.ok("history", "with", "carol").path("messages");
            assertEquals(List.of("[unreadable message]"), texts(moved), "the pair it was written for is bound into it");
        }
    }

    @Test
    void rowsSealedBeforeTheDirectPairWasBoundStillOpen() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, ENV)) {
            try (WireClient carol = server.connect(); WireClient dave = server.connect()) {
                register(server, carol, "carol");
                register(server, dave, "dave");
            }
            assertEquals(0, server.stop());
        }
        try (DatabaseFile db = new DatabaseFile(data)) {
            long room = db.number("SELECT id FROM rooms WHERE name = 'general'");
            long carolId = db.accountId("carol");
            long daveId = db.accountId("dave");
            insertFirstVersionRow(db, 101, room, carolId, null, "an old room message");
            insertFirstVersionRow(db, 102, null, carolId, daveId, "an old direct message");
        }
        try (ServerProcess server = ServerProcess.start(data, ENV); WireClient dave = server.connect()) {
            dave.ok("login", "user", "dave", "password", "dave-password", "server_password", server.serverPassword());
            assertEquals(List.of("an old room message"), texts(dave.ok("history", "room", "general").path("messages")));
            assertEquals(List.of("an old direct message"), texts(dave.ok("history", "with", "carol").path("messages")));
        }
    }

    /** A row exactly as the first release sealed and wrote it: its associated data spelled out here. */
    private static void insertFirstVersionRow(DatabaseFile db, long id, Long roomId, long senderId, Long recipientId,
                                              String text) throws Exception {
        long time = System.currentTimeMillis();
        String place = roomId != null ? "room " + roomId : "dm " + senderId + ">" + recipientId;
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(("securechat message v1|" + id + "|" + place + "|from " + senderId + "|text|" + time)
                .getBytes(StandardCharsets.UTF_8));
        byte[] ciphertext = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        Long low = recipientId == null ? null : Math.min(senderId, recipientId);
        Long high = recipientId == null ? null : Math.max(senderId, recipientId);
        db.update("INSERT INTO messages (id, room_id, sender_id, recipient_id, dm_low, dm_high, kind, created_at,"
                        + " key_id, nonce, ciphertext) VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?, ?, ?)",
                id, roomId, senderId, recipientId, low, high, time, StorageKey.of(KEY).id(), nonce, ciphertext);
    }

    private static void register(ServerProcess server, WireClient client, String name) {
        client.ok("register", "user", name, "password", name + "-password", "server_password", server.serverPassword());
    }

    private static List<String> texts(JsonNode messages) {
        return RestartIT.texts(messages.findValues("text"));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[StorageKey.BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
