package org.securechat.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.chat.ChatError;

/**
 * The writer on a real SQLite file that runs out of room: {@code PRAGMA max_page_count} at the
 * current size makes SQLite fail every growing write with SQLITE_FULL, as a full disk does, and a
 * connection opened without it is the disk with room again.
 */
class StoreWriterTest {
    @TempDir
    Path dir;

    private String url;
    private final AtomicBoolean full = new AtomicBoolean();
    private final AtomicInteger opened = new AtomicInteger();
    private StoreWriter writer;

    @BeforeEach
    void migrate() throws SQLException {
        url = "jdbc:sqlite:" + dir.resolve("store.db") + "?journal_mode=WAL&synchronous=NORMAL";
        Flyway.configure().dataSource(url, null, null).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE filler (payload BLOB NOT NULL)");
        }
    }

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    @Test
    void aBatchTheDiskFailsIsRunAgainOnAFreshConnectionAndCompletesOnceCommitted() throws Exception {
        full.set(true);
        writer = new StoreWriter(this::open);
        full.set(false);

        assertEquals(1, writer.submit(StoreWriterTest::insertBlob).get(10, TimeUnit.SECONDS));
        assertEquals(2, opened.get(), "the connection that failed was replaced");
        assertEquals(1, rows());
        assertTrue(writer.writable());
    }

    @Test
    void whileNothingCommitsWritesAreRefusedAndTheWriterFindsOutByItselfWhenThereIsRoomAgain() throws Exception {
        full.set(true);
        writer = new StoreWriter(this::open);

        assertEquals(ChatError.Reason.STORE_UNAVAILABLE, refusal(writer.submit(StoreWriterTest::insertBlob)));
        assertFalse(writer.writable());
        assertEquals(ChatError.Reason.STORE_UNAVAILABLE, refusal(writer.submit(StoreWriterTest::insertBlob)));
        assertEquals(0, rows(), "nothing refused was committed");

        full.set(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!writer.writable() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(writer.writable(), "a probe write found the room without any caller writing");
        assertEquals(1, writer.submit(StoreWriterTest::insertBlob).get(10, TimeUnit.SECONDS));
        assertEquals(1, rows());
    }

    @Test
    void aTaskThatFailsOnItsOwnIsRefusedAloneAndTheWriterStaysWritable() throws Exception {
        writer = new StoreWriter(this::open);
        CompletableFuture<Integer> broken = writer.submit(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO filler (payload) VALUES (NULL)");
            }
        });
        CompletableFuture<Integer> fine = writer.submit(StoreWriterTest::insertBlob);

        assertEquals(1, fine.get(10, TimeUnit.SECONDS));
        CompletionException failed = assertThrows(CompletionException.class, broken::join);
        assertTrue(failed.getCause() instanceof SQLException, failed.toString());
        assertTrue(writer.writable());
        assertEquals(1, opened.get(), "a constraint is the task's failure, not the connection's");
    }

    private Connection open() throws SQLException {
        opened.incrementAndGet();
        Connection c = DriverManager.getConnection(url);
        if (full.get()) {
            try (Statement s = c.createStatement(); ResultSet pages = s.executeQuery("PRAGMA page_count")) {
                pages.next();
                s.execute("PRAGMA max_page_count = " + pages.getLong(1));
            }
        }
        return c;
    }

    private static int insertBlob(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("INSERT INTO filler (payload) VALUES (zeroblob(65536))");
        }
    }

    private long rows() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM filler")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static ChatError.Reason refusal(CompletableFuture<?> write) {
        try {
            write.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return ChatError.in(e).map(ChatError::reason).orElseThrow(() -> new AssertionError("not a refusal", e));
        }
        throw new AssertionError("the write was accepted");
    }
}
