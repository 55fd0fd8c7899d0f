package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.Ban;
import org.securechat.chat.port.BanStore;

/** Account bans in SQLite, one row per banned account. */
@ApplicationScoped
public class SqliteBanStore implements BanStore {
    private static final String SELECT = "SELECT a.name, b.by_name, b.reason, b.until FROM bans b"
            + " JOIN accounts a ON a.id = b.account_id";

    private final Database database;
    private final Clock clock;

    public SqliteBanStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> put(long accountId, String by, String reason, Instant until) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bans (account_id, by_name, reason, created_at, until)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET by_name = excluded.by_name,"
                    + " reason = excluded.reason, created_at = excluded.created_at, until = excluded.until")) {
                s.setLong(1, accountId);
                s.setString(2, by);
                s.setString(3, reason);
                s.setLong(4, clock.millis());
                if (until == null) {
                    s.setNull(5, Types.INTEGER);
                } else {
                    s.setLong(5, until.toEpochMilli());
                }
                s.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public CompletableFuture<Optional<Ban>> remove(long accountId) {
        return database.write(c -> {
            Optional<Ban> ban = find(c, accountId);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM bans WHERE account_id = ?")) {
                s.setLong(1, accountId);
                s.executeUpdate();
            }
            return ban;
        });
    }

    @Override
    public CompletableFuture<Optional<Ban>> of(long accountId) {
        return database.read(c -> find(c, accountId));
    }

    @Override
    public CompletableFuture<List<Ban>> inForce(Instant now) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE b.until IS NULL OR b.until > ? ORDER BY a.name_key")) {
                s.setLong(1, now.toEpochMilli());
                try (ResultSet r = s.executeQuery()) {
                    List<Ban> bans = new ArrayList<>();
                    while (r.next()) {
                        bans.add(ban(r));
                    }
                    return bans;
                }
            }
        });
    }

    private static Optional<Ban> find(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE b.account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(ban(r)) : Optional.empty();
            }
        }
    }

    private static Ban ban(ResultSet r) throws SQLException {
        long untilMillis = r.getLong(4);
        Instant until = r.wasNull() ? null : Instant.ofEpochMilli(untilMillis);
        return new Ban(r.getString(1), r.getString(2), r.getString(3), until);
    }
}
