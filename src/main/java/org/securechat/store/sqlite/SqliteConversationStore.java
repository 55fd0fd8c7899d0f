package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.ChatError;
import org.securechat.chat.Conversation;
import org.securechat.chat.port.ConversationStore;
import org.securechat.chat.port.ConversationStore.Marked;

/**
 * Conversations and read positions in SQLite. Every figure is an index lookup or a bounded range
 * scan of an index that holds the sender ({@code messages_room}, {@code messages_dm}): the newest
 * message is the end of its range, the unread count stops at {@link Conversation#UNREAD_CAP}.
 */
@ApplicationScoped
public class SqliteConversationStore implements ConversationStore {
    /** Each row: name, key (room id or partner id), read position, newest msg_id (or null), its time. */
    private static final String ROOMS = "SELECT q.name, q.id, q.read, q.last, l.created_at FROM ("
            + " SELECT r.name, r.id, COALESCE(rr.msg_id, 0) AS read,"
            + " (SELECT MAX(x.id) FROM messages x WHERE x.room_id = r.id) AS last"
            + " FROM memberships m JOIN rooms r ON r.id = m.room_id"
            + " LEFT JOIN room_reads rr ON rr.account_id = m.account_id AND rr.room_id = m.room_id"
            + " WHERE m.account_id = ?) q LEFT JOIN messages l ON l.id = q.last";
    /** Partners from either side of the ordered pair; notes to self come from both and are merged. */
    private static final String PARTNERS = "SELECT a.name, q.partner, COALESCE(d.msg_id, 0), q.last, l.created_at FROM ("
            + " SELECT partner, MAX(last) AS last FROM ("
            + " SELECT dm_high AS partner, MAX(id) AS last FROM messages WHERE dm_low = ? GROUP BY dm_high"
            + " UNION ALL SELECT dm_low, MAX(id) FROM messages WHERE dm_high = ? AND dm_low IS NOT NULL GROUP BY dm_low"
            + ") GROUP BY partner) q JOIN accounts a ON a.id = q.partner JOIN messages l ON l.id = q.last"
            + " LEFT JOIN dm_reads d ON d.account_id = ? AND d.partner_id = q.partner";
    static final String ROOM_UNREAD = "SELECT COUNT(*) FROM (SELECT 1 FROM messages"
            + " WHERE room_id = ? AND id > ? AND sender_id <> ? LIMIT " + Conversation.UNREAD_CAP + ")";
    static final String DM_UNREAD = "SELECT COUNT(*) FROM (SELECT 1 FROM messages"
            + " WHERE dm_low = ? AND dm_high = ? AND id > ? AND sender_id <> ? LIMIT " + Conversation.UNREAD_CAP + ")";

    private final Database database;

    public SqliteConversationStore(Database database) {
        this.database = database;
    }

    @Override
    public CompletableFuture<List<Conversation>> of(long accountId) {
        return database.read(c -> {
            List<Conversation> all = new ArrayList<>();
            try (PreparedStatement rooms = c.prepareStatement(ROOMS); PreparedStatement unread = c.prepareStatement(ROOM_UNREAD)) {
                set(rooms, accountId);
                try (ResultSet r = rooms.executeQuery()) {
                    while (r.next()) {
                        long read = r.getLong(3);
                        long last = r.getLong(4);
                        int count = last > read ? count(unread, r.getLong(2), read, accountId) : 0;
                        all.add(new Conversation(r.getString(1), null, last, time(r), read, count));
                    }
                }
            }
            try (PreparedStatement partners = c.prepareStatement(PARTNERS); PreparedStatement unread = c.prepareStatement(DM_UNREAD)) {
                set(partners, accountId, accountId, accountId);
                try (ResultSet r = partners.executeQuery()) {
                    while (r.next()) {
                        long partner = r.getLong(2);
                        long read = r.getLong(3);
                        long last = r.getLong(4);
                        int count = last > read ? count(unread, Math.min(accountId, partner),
                                Math.max(accountId, partner), read, accountId) : 0;
                        all.add(new Conversation(null, r.getString(1), last, time(r), read, count));
                    }
                }
            }
            return all;
        });
    }

    private static Instant time(ResultSet r) throws SQLException {
        long millis = r.getLong(5);
        return r.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static int count(PreparedStatement s, long... parameters) throws SQLException {
        set(s, parameters);
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void set(PreparedStatement s, long... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setLong(i + 1, parameters[i]);
        }
    }

    @Override
    public CompletableFuture<Marked> markRoom(long accountId, long roomId, long msgId) {
        return database.write(c -> {
            requireMessage(c, "SELECT 1 FROM messages WHERE id = ? AND room_id = ?", msgId, roomId);
            return moveForward(c, "room_reads", "room_id", accountId, roomId, msgId);
        });
    }

    @Override
    public CompletableFuture<Marked> markDirect(long accountId, long partnerId, long msgId) {
        return database.write(c -> {
            requireMessage(c, "SELECT 1 FROM messages WHERE id = ? AND dm_low = ? AND dm_high = ?", msgId,
                    Math.min(accountId, partnerId), Math.max(accountId, partnerId));
            return moveForward(c, "dm_reads", "partner_id", accountId, partnerId, msgId);
        });
    }

    /** {@code parameters}: the msg_id, then the conversation's keys. */
    private static void requireMessage(Connection c, String sql, long... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            set(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new ChatError(ChatError.Reason.BAD_REQUEST,
                            "message " + parameters[0] + " is not in that conversation");
                }
            }
        }
    }

    /** Table and column names are this class's constants, never input. */
    private static Marked moveForward(Connection c, String table, String column, long accountId, long key, long msgId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (account_id, " + column + ", msg_id)"
                + " VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET msg_id = excluded.msg_id WHERE excluded.msg_id > msg_id")) {
            set(s, accountId, key, msgId);
            if (s.executeUpdate() > 0) {
                return new Marked(msgId, true);
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT msg_id FROM " + table + " WHERE account_id = ? AND "
                + column + " = ?")) {
            set(s, accountId, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Marked(r.getLong(1), false);
            }
        }
    }

    /** For use inside a write task: a new member has read the room up to its newest message. */
    static void startAtNewest(Connection c, long accountId, long roomId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO room_reads (account_id, room_id, msg_id)"
                + " SELECT ?, ?, COALESCE(MAX(id), 0) FROM messages WHERE room_id = ?"
                + " ON CONFLICT DO UPDATE SET msg_id = MAX(msg_id, excluded.msg_id)")) {
            s.setLong(1, accountId);
            s.setLong(2, roomId);
            s.setLong(3, roomId);
            s.executeUpdate();
        }
    }
}
