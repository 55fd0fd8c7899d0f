package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.Account;
import org.securechat.chat.AccountRecord;
import org.securechat.chat.ChatError;
import org.securechat.chat.port.AccountStore;

/** Accounts in SQLite: looked up by their lower-case key, created with their membership of {@code general}. */
@ApplicationScoped
public class SqliteAccountStore implements AccountStore {
    private static final String COLUMNS = "id, name, password_hash, admin, created_at";

    private final Database database;
    private final SqliteRoomStore rooms;
    private final Clock clock;

    public SqliteAccountStore(Database database, SqliteRoomStore rooms, Clock clock) {
        this.database = database;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Optional<AccountRecord>> find(String name) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM accounts WHERE name_key = ?")) {
                s.setString(1, Account.key(name));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(record(r)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public CompletableFuture<List<AccountRecord>> list() {
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

    @Override
    public CompletableFuture<AccountRecord> create(String name, String passwordHash, boolean admin) {
        return database.write(c -> {
            long now = clock.millis();
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO accounts (name, name_key, password_hash, admin, created_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (name_key) DO NOTHING RETURNING id")) {
                s.setString(1, name);
                s.setString(2, Account.key(name));
                s.setString(3, passwordHash);
                s.setBoolean(4, admin);
                s.setLong(5, now);
                try (ResultSet inserted = s.executeQuery()) {
                    if (!inserted.next()) {
                        throw new ChatError(ChatError.Reason.USER_EXISTS, "the name " + name + " is taken");
                    }
                    id = inserted.getLong(1);
                }
            }
            rooms.addMember(c, id, FIRST_ROOM, now);
            return new AccountRecord(id, name, passwordHash, admin, Instant.ofEpochMilli(now));
        });
    }

    @Override
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
        return new AccountRecord(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4),
                Instant.ofEpochMilli(r.getLong(5)));
    }
}
