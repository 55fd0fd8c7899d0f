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
import org.securechat.chat.AddressBan;
import org.securechat.chat.port.AddressBanStore;

/** Address bans in SQLite, one row per network. */
@ApplicationScoped
public class SqliteAddressBanStore implements AddressBanStore {
    private static final String SELECT = "SELECT cidr, by_name, reason, until FROM address_bans";

    private final Database database;
    private final Clock clock;

    public SqliteAddressBanStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> put(String cidr, String by, String reason, Instant until) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO address_bans (cidr, by_name, reason, created_at, until)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET by_name = excluded.by_name,"
                    + " reason = excluded.reason, created_at = excluded.created_at, until = excluded.until")) {
                s.setString(1, cidr);
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
    public CompletableFuture<Optional<AddressBan>> remove(String cidr) {
        return database.write(c -> {
            Optional<AddressBan> ban = Optional.empty();
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE cidr = ?")) {
                s.setString(1, cidr);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        ban = Optional.of(ban(r));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM address_bans WHERE cidr = ?")) {
                s.setString(1, cidr);
                s.executeUpdate();
            }
            return ban;
        });
    }

    @Override
    public CompletableFuture<List<AddressBan>> all() {
        return database.read(this::all);
    }

    private List<AddressBan> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY cidr"); ResultSet r = s.executeQuery()) {
            List<AddressBan> bans = new ArrayList<>();
            while (r.next()) {
                bans.add(ban(r));
            }
            return bans;
        }
    }

    private static AddressBan ban(ResultSet r) throws SQLException {
        long untilMillis = r.getLong(4);
        Instant until = r.wasNull() ? null : Instant.ofEpochMilli(untilMillis);
        return new AddressBan(r.getString(1), r.getString(2), r.getString(3), until);
    }
}
