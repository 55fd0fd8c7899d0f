package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.NewMessage;
import org.securechat.chat.StoredMessage;
import org.securechat.chat.port.MessageStore;
import org.securechat.store.MessageBinding;
import org.securechat.store.MessageCipher;

/**
 * Messages in SQLite, sealed with {@link MessageCipher} before they reach the database. Ids and times
 * are given out by the one writer thread, so both grow together and the id is bound into the sealing;
 * each message counts against its sender's quota ({@link MessageUsage}) in the same transaction.
 */
@ApplicationScoped
public class SqliteMessageStore implements MessageStore {
    private static final String INSERT = "INSERT INTO messages (id, room_id, sender_id, recipient_id, dm_low, dm_high,"
            + " kind, created_at, key_id, nonce, ciphertext, aad_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final MessageCipher cipher;
    private final Clock clock;
    private final MessageUsage usage;
    // Touched only by the writer thread.
    private final WriterStatement insert = new WriterStatement(INSERT);
    private long lastId = -1;
    private long lastTime;

    public SqliteMessageStore(Database database, MessageCipher cipher, Clock clock, MessageUsage usage) {
        this.database = database;
        this.cipher = cipher;
        this.clock = clock;
        this.usage = usage;
    }

    @Override
    public CompletableFuture<StoredMessage> append(NewMessage message) {
        return database.write(c -> insert(c, message));
    }

    private StoredMessage insert(Connection c, NewMessage m) throws SQLException {
        if (lastId < 0) {
            lastId = maxId(c);
        }
        // The single writer reserves the id: SQLite has one writer, so no sequence is needed.
        long id = lastId + 1;
        long time = Math.max(clock.millis(), lastTime);
        MessageBinding binding = MessageBinding.of(id, m.roomId(), m.senderId(), m.recipientId(), m.kind(), time);
        MessageCipher.Sealed sealed = cipher.seal(m.text(), binding.associatedData());
        usage.add(c, m.senderId(), sealed.ciphertext().length);
        PreparedStatement s = insert.on(c);
        s.setLong(1, id);
        s.setObject(2, m.roomId());
        s.setLong(3, m.senderId());
        s.setObject(4, m.recipientId());
        s.setObject(5, binding.pairLow());
        s.setObject(6, binding.pairHigh());
        s.setString(7, m.kind());
        s.setLong(8, time);
        s.setString(9, sealed.keyId());
        s.setBytes(10, sealed.nonce());
        s.setBytes(11, sealed.ciphertext());
        s.setInt(12, MessageBinding.NEWEST);
        s.executeUpdate();
        lastId = id;
        lastTime = time;
        return new StoredMessage(id, m.room(), m.recipient(), m.sender(), m.text(), m.kind(), Instant.ofEpochMilli(time),
                false);
    }

    private static long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM messages")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public CompletableFuture<List<StoredMessage>> roomHistory(long roomId, Long beforeId, int limit) {
        return query(MessageRows.SELECT + " WHERE m.room_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?", beforeId, limit, roomId);
    }

    @Override
    public CompletableFuture<List<StoredMessage>> directHistory(long accountA, long accountB, Long beforeId, int limit) {
        return query(MessageRows.SELECT + " WHERE m.dm_low = ? AND m.dm_high = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?",
                beforeId, limit, Math.min(accountA, accountB), Math.max(accountA, accountB));
    }

    @Override
    public CompletableFuture<Long> count() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM messages")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private CompletableFuture<List<StoredMessage>> query(String sql, Long beforeId, int limit, long... keys) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                for (long key : keys) {
                    s.setLong(i++, key);
                }
                s.setLong(i++, beforeId == null ? Long.MAX_VALUE : beforeId);
                s.setInt(i, limit);
                List<StoredMessage> newestFirst = new ArrayList<>(limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        newestFirst.add(MessageRows.message(r, cipher));
                    }
                }
                Collections.reverse(newestFirst);
                return newestFirst;
            }
        });
    }
}
