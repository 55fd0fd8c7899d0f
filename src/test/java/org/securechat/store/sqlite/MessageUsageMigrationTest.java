package org.securechat.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database from before the quota starts with each account's usage counted from its stored messages. */
class MessageUsageMigrationTest {
    @TempDir
    Path dir;

    @Test
    void theMigrationCountsWhatEachAccountHasStoredAsTheWriterWould() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Flyway.configure().dataSource(url, null, null).target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO accounts (id, name, name_key, password_hash, created_at) VALUES"
                    + " (1, 'a', 'a', 'h', 0), (2, 'b', 'b', 'h', 0), (3, 'c', 'c', 'h', 0)");
            s.executeUpdate("INSERT INTO messages (room_id, sender_id, kind, created_at, key_id, nonce, ciphertext) VALUES"
                    + " (1, 1, 'text', 0, 'k', zeroblob(12), zeroblob(20)),"
                    + " (1, 1, 'text', 0, 'k', zeroblob(12), zeroblob(100)),"
                    + " (1, 2, 'text', 0, 'k', zeroblob(12), zeroblob(16))");

            Flyway.configure().dataSource(url, null, null).load().migrate();

            try (ResultSet r = s.executeQuery("SELECT account_id, bytes FROM message_usage ORDER BY account_id")) {
                r.next();
                assertEquals(1, r.getLong(1));
                assertEquals(20 + 100 + 2 * MessageUsage.ROW_BYTES, r.getLong(2));
                r.next();
                assertEquals(2, r.getLong(1));
                assertEquals(16 + MessageUsage.ROW_BYTES, r.getLong(2));
                assertFalse(r.next(), "an account with nothing stored has no row until it sends");
            }
        }
    }
}
