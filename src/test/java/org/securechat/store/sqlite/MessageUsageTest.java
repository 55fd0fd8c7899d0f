package org.securechat.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.chat.ChatError;
import org.securechat.store.StoreLimits;

/**
 * The quota's count, kept in memory by the writer and written per batch, against a real SQLite
 * file: only what commits counts, once. A sealed size of 272 counts 384 bytes (272 + 112).
 */
class MessageUsageTest {
    private static final int SEALED = 272;
    private static final long COUNTED = SEALED + MessageUsage.ROW_BYTES;

    @TempDir
    Path dir;

    private FillableDatabase db;
    private final MessageUsage usage = new MessageUsage(limits(1000));
    private StoreWriter writer;

    @BeforeEach
    void migrate() throws SQLException {
        db = new FillableDatabase(dir);
        db.update("INSERT INTO accounts (id, name, name_key, password_hash, created_at) VALUES (1, 'a', 'a', 'h', 0)");
    }

    @AfterEach
    void close() {
        writer.close();
    }

    @Test
    void onlyKeptTasksCountAndTheOneThatWouldPassTheQuotaIsRefused() throws Exception {
        writer = new StoreWriter(db::open, usage);
        writer.submit(c -> count(c, false)).get(10, TimeUnit.SECONDS);
        CompletionException undone = assertThrows(CompletionException.class, writer.submit(c -> count(c, true))::join);
        assertEquals("undone after counting", undone.getCause().getMessage());
        writer.submit(c -> count(c, false)).get(10, TimeUnit.SECONDS);
        assertEquals(2 * COUNTED, stored(), "the undone task's bytes do not count");

        CompletionException refused = assertThrows(CompletionException.class, writer.submit(c -> count(c, false))::join);
        assertEquals(ChatError.Reason.QUOTA_EXCEEDED, ChatError.in(refused).orElseThrow().reason());
        assertEquals(2 * COUNTED, stored());
    }

    @Test
    void aBatchThatDoesNotCommitCountsNothingAndItsRunAgainCountsOnce() throws Exception {
        db.full(true);
        writer = new StoreWriter(db::open, usage);
        db.full(false);
        writer.submit(c -> {
            count(c, false);
            return FillableDatabase.insertBlob(c); // fails on the first, full, connection
        }).get(10, TimeUnit.SECONDS);
        assertEquals(2, db.opened(), "the first try did not commit");
        assertEquals(COUNTED, stored());
    }

    private Void count(Connection c, boolean thenFail) throws SQLException {
        usage.add(c, 1, SEALED);
        if (thenFail) {
            throw new IllegalStateException("undone after counting");
        }
        return null;
    }

    private long stored() throws SQLException {
        return db.number("SELECT bytes FROM message_usage WHERE account_id = 1");
    }

    private static StoreLimits limits(long quota) {
        return new StoreLimits() {
            @Override
            public Quota quota() {
                return () -> quota;
            }

            @Override
            public Retention retention() {
                return () -> Duration.ZERO;
            }
        };
    }
}
