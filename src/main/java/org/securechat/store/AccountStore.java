package org.securechat.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Accounts: looked up without regard to case, created with their membership of {@code general}. */
@ApplicationScoped
public class AccountStore {
    public static final String FIRST_ROOM = "general";
    private static final String COLUMNS = "id, name, password_hash, admin, created_at";

    /** Thrown, through the write's future, when the name is taken in any case. */
    public static class NameTakenException extends RuntimeException {
        NameTakenException() {
            super("name taken", null, false, false);
        }
    }

    private final Database database;
    private final RoomStore rooms;

    public AccountStore(Database database, RoomStore rooms) {
        this.database = database;
        this.rooms = rooms;
    }

    public Optional<AccountRecord> find(String name) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM accounts WHERE name_key = ?")) {
                s.setString(1, key(name));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(record(r)) : Optional.empty();
                }
            }
        });
    }

    public List<AccountRecord> list() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM accounts ORDER BY name_key");
                 ResultSet r = s.executeQuery()) {
                List<AccountRecord> all = new ArrayList<>();
                while (r.next()) {
                    all.add(record(r));
                }
                return all;
            }
        });
    }

    /** Creates the account as a member of {@code general}; fails with {@link NameTakenException}. */
    public CompletableFuture<AccountRecord> create(String name, String passwordHash, boolean admin) {
        return database.write(c -> {
            long now = System.currentTimeMillis();
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO accounts (name, name_key, password_hash, admin, created_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (name_key) DO NOTHING RETURNING id")) {
                s.setString(1, name);
                s.setString(2, key(name));
                s.setString(3, passwordHash);
                s.setBoolean(4, admin);
                s.setLong(5, now);
                try (ResultSet inserted = s.executeQuery()) {
                    if (!inserted.next()) {
                        throw new NameTakenException();
                    }
                    id = inserted.getLong(1);
                }
            }
            rooms.addMember(c, id, FIRST_ROOM, now);
            return new AccountRecord(id, name, passwordHash, admin, now);
        });
    }

    public CompletableFuture<Void> setPassword(long accountId, String passwordHash) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE accounts SET password_hash = ? WHERE id = ?")) {
                s.setString(1, passwordHash);
                s.setLong(2, accountId);
                s.executeUpdate();
                return null;
            }
        });
    }

    private static AccountRecord record(ResultSet r) throws SQLException {
        return new AccountRecord(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getLong(5));
    }

    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

}
