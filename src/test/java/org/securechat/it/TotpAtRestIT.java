package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.stream.Stream;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.Authenticator;
import org.securechat.protocol.WireClient;

/**
 * TOTP secrets at rest: never in a file in the clear, and each bound to its account, so a secret
 * copied into another account's row opens no login there. Against the packaged server, on its
 * real clock: each code used is one the server accepts in its window whatever step the test is in.
 */
class TotpAtRestIT {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path data;

    private record Enrolled(Authenticator app, JsonNode recoveryCodes) { }

    private static Enrolled enrol(ServerProcess server, String user) {
        try (WireClient session = server.connect()) {
            session.ok("register", "user", user, "password", user + "-password", "server_password", server.serverPassword());
            Authenticator app = Authenticator.of(session.ok("totp_setup", "password", user + "-password"));
            JsonNode enabled = session.ok("totp_enable", "code", app.code(CLOCK));
            return new Enrolled(app, enabled.path("recovery_codes"));
        }
    }

    private static JsonNode login(ServerProcess server, String user, String field, String value) {
        try (WireClient session = server.connect()) {
            return session.request("login", "user", user, "password", user + "-password",
                    "server_password", server.serverPassword(), field, value);
        }
    }

    @Test
    void noFileHoldsASecretAndASecretMovedToAnotherAccountOpensNothing() throws Exception {
        Enrolled alice;
        Enrolled bob;
        try (ServerProcess server = ServerProcess.start(data)) {
            alice = enrol(server, "alice");
            bob = enrol(server, "bob");
            assertNoFileHolds(alice.app().secret());
            assertEquals(0, server.stop());
        }
        assertNoFileHolds(alice.app().secret());
        assertNoFileHolds(bob.app().secret());

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("securechat.db"))) {
            copySecret(db, "alice", "bob");
        }

        try (ServerProcess server = ServerProcess.start(data)) {
            // alice's code of the next step would pass in bob's window if his row opened as her secret
            assertEquals("bad_credentials", login(server, "bob", "totp", alice.app().code(CLOCK, 1)).path("code").asText());
            assertEquals("bad_credentials", login(server, "bob", "totp", bob.app().code(CLOCK, 1)).path("code").asText());
            assertTrue(server.output().contains("TOTP secret of account"), server.output());
            assertEquals("ok", login(server, "bob", "recovery_code", bob.recoveryCodes().get(0).asText())
                    .path("type").asText(), "recovery codes are hashes, apart from the sealed secret");
            assertEquals("ok", login(server, "alice", "totp", alice.app().code(CLOCK, 1)).path("type").asText());
        }
    }

    private void assertNoFileHolds(String secret) throws Exception {
        byte[][] needles = {secret.getBytes(StandardCharsets.US_ASCII), new Base32().decode(secret)};
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] needle : needles) {
                    assertFalse(indexOf(content, needle) >= 0, file + " holds a TOTP secret in the clear");
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void copySecret(Connection db, String from, String to) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE totp_secrets SET (key_id, nonce, ciphertext) ="
                + " (SELECT key_id, nonce, ciphertext FROM totp_secrets WHERE account_id ="
                + " (SELECT id FROM accounts WHERE name = ?)) WHERE account_id = (SELECT id FROM accounts WHERE name = ?)")) {
            update.setString(1, from);
            update.setString(2, to);
            assertEquals(1, update.executeUpdate());
        }
        try (ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(DISTINCT ciphertext) FROM totp_secrets")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "both rows now hold alice's sealed secret");
        }
    }
}
