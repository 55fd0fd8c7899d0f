package org.securechat.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.chat.ChatError;

/** The writer on a real SQLite file that runs out of room ({@link FillableDatabase}) and gets it back. */
class StoreWriterTest {
    @TempDir
    Path dir;

    private FillableDatabase db;
    private StoreWriter writer;

    @BeforeEach
    void migrate() throws SQLException {
        db = new FillableDatabase(dir);
    }

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    @Test
    void aBatchTheDiskFailsIsRunAgainOnAFreshConnectionAndCompletesOnceCommitted() throws Exception {
        db.full(true);
        writer = new StoreWriter(db::open, BatchListener.NONE);
        db.full(false);

        assertEquals(1, writer.submit(FillableDatabase::insertBlob).get(10, TimeUnit.SECONDS));
        assertEquals(2, db.opened(), "the connection that failed was replaced");
        assertEquals(1, rows());
        assertTrue(writer.writable());
    }

    @Test
    void whileNothingCommitsWritesAreRefusedAndTheWriterFindsOutByItselfWhenThereIsRoomAgain() throws Exception {
        db.full(true);
        writer = new StoreWriter(db::open, BatchListener.NONE);

        assertEquals(ChatError.Reason.STORE_UNAVAILABLE, refusal(writer.submit(FillableDatabase::insertBlob)));
        assertFalse(writer.writable());
        assertEquals(ChatError.Reason.STORE_UNAVAILABLE, refusal(writer.submit(FillableDatabase::insertBlob)));
        assertEquals(0, rows(), "nothing refused was committed");

        db.full(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!writer.writable() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(writer.writable(), "a probe write found the room without any caller writing");
        assertEquals(1, writer.submit(FillableDatabase::insertBlob).get(10, TimeUnit.SECONDS));
        assertEquals(1, rows());
    }

    @Test
    void aTaskThatFailsOnItsOwnIsRefusedAloneAndTheWriterStaysWritable() throws Exception {
        writer = new StoreWriter(db::open, BatchListener.NONE);
        CompletableFuture<Integer> broken = writer.submit(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO filler (payload) VALUES (NULL)");
            }
        });
        CompletableFuture<Integer> fine = writer.submit(FillableDatabase::insertBlob);

        assertEquals(1, fine.get(10, TimeUnit.SECONDS));
        CompletionException failed = assertThrows(CompletionException.class, broken::join);
        assertTrue(failed.getCause() instanceof SQLException, failed.toString());
        assertTrue(writer.writable());
        assertEquals(1, db.opened(), "a constraint is the task's failure, not the connection's");
    }

    private long rows() throws SQLException {
        return db.number("SELECT COUNT(*) FROM filler");
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
