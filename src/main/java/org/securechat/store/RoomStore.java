package org.securechat.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Rooms and the accounts that have joined them. Rooms are never deleted, so their ids are cached. */
@ApplicationScoped
public class RoomStore {
    /** A room as listed: its name, how many accounts have joined it, and whether the asker has. */
    public record RoomSummary(String name, int members, boolean joined) { }

    private final Database database;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    public RoomStore(Database database) {
        this.database = database;
    }

    /** The room's id, if it exists. Blocking on a miss. */
    public Optional<Long> idOf(String room) {
        Long cached = ids.get(room);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Long> found = database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM rooms WHERE name = ?")) {
                s.setString(1, room);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
                }
            }
        });
        found.ifPresent(id -> ids.put(room, id));
        return found;
    }

    /** Joins the account to the room, creating the room on first join; true if newly joined. */
    public CompletableFuture<Boolean> join(long accountId, String room) {
        return database.write(c -> addMember(c, accountId, room, System.currentTimeMillis()));
    }

    /** True if the account was a member. */
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
    boolean addMember(Connection c, long accountId, String room, long now) throws SQLException {
        long roomId = ensureRoom(c, room, now);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO memberships (account_id, room_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, accountId);
            s.setLong(2, roomId);
            s.setLong(3, now);
            return s.executeUpdate() > 0;
        }
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

    public List<String> membersOf(String room) {
        return database.read(c -> names(c,
                "SELECT a.name FROM memberships m JOIN accounts a ON a.id = m.account_id"
                        + " JOIN rooms r ON r.id = m.room_id WHERE r.name = ? ORDER BY a.name_key", room));
    }

    /** The rooms the account has joined; their ids are cached on the way, for sends. */
    public List<String> roomsOf(long accountId) {
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

    /** The id of a room some session has entered; never touches the database. */
    public Optional<Long> knownId(String room) {
        return Optional.ofNullable(ids.get(room));
    }

    public List<RoomSummary> list(long accountId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT r.name, COUNT(m.account_id), MAX(m.account_id = ?) FROM rooms r"
                            + " LEFT JOIN memberships m ON m.room_id = r.id GROUP BY r.id ORDER BY r.name")) {
                s.setLong(1, accountId);
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

    public int count() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM rooms")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private static List<String> names(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (r.next()) {
                    names.add(r.getString(1));
                }
                return names;
            }
        }
    }
}
