package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.InviteStore;

/** Invites in SQLite, by the hash of their code. */
@ApplicationScoped
public class SqliteInviteStore implements InviteStore {
    private final Database database;
    private final Clock clock;

    public SqliteInviteStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> add(byte[] hash, String by, Instant expiresAt) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO invites (hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                s.setBytes(1, hash);
                s.setString(2, by);
                s.setLong(3, clock.millis());
                s.setLong(4, expiresAt.toEpochMilli());
                s.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public CompletableFuture<Claim> claim(byte[] hash, Instant now) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT used_at, expires_at FROM invites WHERE hash = ?")) {
                s.setBytes(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Claim.UNKNOWN;
                    }
                    r.getLong(1);
                    if (!r.wasNull()) {
                        return Claim.USED;
                    }
                    if (r.getLong(2) <= now.toEpochMilli()) {
                        return Claim.EXPIRED;
                    }
                }
            }
            // The one writer runs this whole task at once: no other claim comes between the read and this.
            try (PreparedStatement s = c.prepareStatement("UPDATE invites SET used_at = ? WHERE hash = ?")) {
                s.setLong(1, now.toEpochMilli());
                s.setBytes(2, hash);
                s.executeUpdate();
            }
            return Claim.SPENT;
        });
    }

    @Override
    public CompletableFuture<Void> release(byte[] hash) {
        return update("UPDATE invites SET used_at = NULL WHERE hash = ?", hash, null);
    }

    @Override
    public CompletableFuture<Void> usedBy(byte[] hash, String user) {
        return update("UPDATE invites SET used_by = ? WHERE hash = ?", hash, user);
    }

    private CompletableFuture<Void> update(String sql, byte[] hash, String user) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                if (user != null) {
                    s.setString(i++, user);
                }
                s.setBytes(i, hash);
                s.executeUpdate();
                return null;
            }
        });
    }
}
