package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** A storage key that is not the database's stops the start; a lost key file is never made anew over data. */
class StorageKeyIT {
    private static final String RIGHT = randomKey();
    private static final String WRONG = randomKey();

    @TempDir
    Path data;

    @Test
    void aWrongKeyStopsTheStartAndSaysWhereItCameFromButNotWhatItIs() throws Exception {
        sendOneMessage(withKey(RIGHT));
        String refusal = refusedStart(withKey(WRONG));
        assertTrue(refusal.contains("the storage key from chat.storage.key does not open this database"), refusal);
        assertFalse(refusal.contains(WRONG) || refusal.contains(RIGHT), "no key is ever printed");
        assertEquals(List.of("kept"), history(withKey(RIGHT)), "the right key still opens everything");
    }

    @Test
    void aMissingKeyFileIsNotMadeAnewOverStoredMessages() throws Exception {
        sendOneMessage(env());
        Path file = data.resolve("storage.key");
        byte[] key = Files.readAllBytes(file);
        Files.delete(file);
        String refusal = refusedStart(env());
        assertTrue(refusal.contains("the storage key file " + file + " is missing"), refusal);
        assertFalse(Files.exists(file), "no new key was made");
        Files.write(file, key);
        assertEquals(List.of("kept"), history(env()), "the restored file opens everything");
    }

    @Test
    void aDatabaseWithoutACheckValueTakesTheKeyThatOpensItsMessagesAndNoOther() throws Exception {
        sendOneMessage(withKey(RIGHT));
        try (DatabaseFile db = new DatabaseFile(data)) {
            assertEquals(1, db.update("DELETE FROM storage_key_check"), "as a data dir from before the check value");
        }
        String refusal = refusedStart(withKey(WRONG));
        assertTrue(refusal.contains("does not open this database"), refusal);
        assertEquals(List.of("kept"), history(withKey(RIGHT)));
        try (DatabaseFile db = new DatabaseFile(data)) {
            assertEquals(1, db.number("SELECT COUNT(*) FROM storage_key_check"), "recorded by the first start that opened it");
        }
    }

    private void sendOneMessage(Map<String, String> env) throws Exception {
        try (ServerProcess server = ServerProcess.start(data, env)) {
            try (WireClient kim = server.connect()) {
                kim.ok("register", "user", "kim", "password", "kim-password", "server_password", server.serverPassword());
                kim.ok("send", "room", "general", "text", "kept");
            }
            assertEquals(0, server.stop());
        }
    }

    private List<String> history(Map<String, String> env) throws Exception {
        try (ServerProcess server = ServerProcess.start(data, env); WireClient kim = server.connect()) {
            kim.ok("login", "user", "kim", "password", "kim-password", "server_password", server.serverPassword());
            return RestartIT.texts(kim.ok("history", "room", "general").path("messages").findValues("text"));
        }
    }

    private String refusedStart(Map<String, String> env) {
        return assertThrows(Exception.class, () -> ServerProcess.start(data, env).close()).getMessage();
    }

    private static Map<String, String> withKey(String key) {
        Map<String, String> env = env();
        env.put("CHAT_STORAGE_KEY", key);
        return env;
    }

    private static Map<String, String> env() {
        return new HashMap<>(Map.of("CHAT_BCRYPT_COST", "4"));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
