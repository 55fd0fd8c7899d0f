package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.chat.RoomSummary;
import org.securechat.chat.port.RoomStore;

/**
 * Rooms and memberships in SQLite. Rooms are never deleted, so their ids are cached once a
 * session has entered them, and a send finds its room's id without a query.
 */
@ApplicationScoped
public class SqliteRoomStore implements RoomStore {
    private record Membership(long roomId, boolean newly) { }

    private final Database database;
    private final Clock clock;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    public SqliteRoomStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Optional<Long>> idOf(String room) {
        Long cached = ids.get(room);
        if (cached != null) {
            return CompletableFuture.completedFuture(Optional.of(cached));
        }
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM rooms WHERE name = ?")) {
                s.setString(1, room);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
                }
            }
        }).thenApply(found -> {
            found.ifPresent(id -> ids.put(room, id));
            return found;
        });
    }

    @Override
    public CompletableFuture<Boolean> join(long accountId, String room) {
        return database.write(c -> {
            long roomId = ensureRoom(c, room, clock.millis());
            return new Membership(roomId, insertMembership(c, accountId, roomId, clock.millis()));
        }).thenApply(joined -> {
            ids.put(room, joined.roomId()); // committed now: the sends that follow need it
            return joined.newly();
        });
    }

    @Override
    public CompletableFuture<Boolean> leave(long accountId, String room) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM memberships WHERE account_id = ? AND room_id = (SELECT id FROM rooms WHERE name = ?)")) {
                s.setLong(1, accountId);
                s.setString(2, room);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** For use inside a write task. */
    void addMember(Connection c, long accountId, String room, long now) throws SQLException {
        insertMembership(c, accountId, ensureRoom(c, room, now), now);
    }

    private static boolean insertMembership(Connection c, long accountId, long roomId, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO memberships (account_id, room_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, accountId);
            s.setLong(2, roomId);
            s.setLong(3, now);
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        SqliteConversationStore.startAtNewest(c, accountId, roomId);
        return true;
    }

    /** Not cached here: the insert may still roll back with its savepoint. */
    private long ensureRoom(Connection c, String room, long now) throws SQLException {
        Long cached = ids.get(room);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO rooms (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            s.setString(1, room);
            s.setLong(2, now);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM rooms WHERE name = ?")) {
            s.setString(1, room);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Override
    public CompletableFuture<List<String>> membersOf(String room) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.name FROM memberships m"
                    + " JOIN accounts a ON a.id = m.account_id JOIN rooms r ON r.id = m.room_id"
                    + " WHERE r.name = ? ORDER BY a.name_key")) {
                s.setString(1, room);
                try (ResultSet r = s.executeQuery()) {
                    List<String> names = new ArrayList<>();
                    while (r.next()) {
                        names.add(r.getString(1));
                    }
                    return names;
                }
            }
        });
    }

    /** Their ids are cached on the way: the account's sessions are about to send to them. */
    @Override
    public CompletableFuture<List<String>> roomsOf(long accountId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.name FROM memberships m"
                    + " JOIN rooms r ON r.id = m.room_id WHERE m.account_id = ? ORDER BY r.name")) {
                s.setLong(1, accountId);
                try (ResultSet r = s.executeQuery()) {
                    List<String> names = new ArrayList<>();
                    while (r.next()) {
                        ids.put(r.getString(2), r.getLong(1));
                        names.add(r.getString(2));
                    }
                    return names;
                }
            }
        });
    }

    @Override
    public CompletableFuture<List<RoomSummary>> list(long accountId, String after, int limit) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT r.name, COUNT(m.account_id), MAX(m.account_id = ?) FROM rooms r"
                            + " LEFT JOIN memberships m ON m.room_id = r.id WHERE r.name > ?"
                            + " GROUP BY r.id ORDER BY r.name LIMIT ?")) {
                s.setLong(1, accountId);
                s.setString(2, after == null ? "" : after);
                s.setInt(3, limit);
                try (ResultSet r = s.executeQuery()) {
                    List<RoomSummary> rooms = new ArrayList<>();
                    while (r.next()) {
                        rooms.add(new RoomSummary(r.getString(1), r.getInt(2), r.getInt(3) == 1));
                    }
                    return rooms;
                }
            }
        });
    }

    @Override
    public CompletableFuture<Integer> count() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM rooms")) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
