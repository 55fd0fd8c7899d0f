package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.SessionTokenStore;

/** Resume tokens in SQLite: their SHA-256 hashes, one row each. */
@ApplicationScoped
public class SqliteSessionTokenStore implements SessionTokenStore {
    private final Database database;

    public SqliteSessionTokenStore(Database database) {
        this.database = database;
    }

    @Override
    public CompletableFuture<Void> issue(long accountId, String deviceId, byte[] tokenHash, long nowMillis,
                                         long expiredBefore, int maxPerAccount) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO session_tokens"
                    + " (token_hash, account_id, device_id, created_at, last_used_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setBytes(1, tokenHash);
                s.setLong(2, accountId);
                s.setString(3, deviceId);
                s.setLong(4, nowMillis);
                s.setLong(5, nowMillis);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM session_tokens WHERE account_id = ? AND last_used_at < ?")) {
                s.setLong(1, accountId);
                s.setLong(2, expiredBefore);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM session_tokens WHERE account_id = ?"
                    + " AND token_hash NOT IN (SELECT token_hash FROM session_tokens WHERE account_id = ?"
                    + " ORDER BY last_used_at DESC, created_at DESC LIMIT ?)")) {
                s.setLong(1, accountId);
                s.setLong(2, accountId);
                s.setInt(3, maxPerAccount);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Optional<String>> rotate(long accountId, byte[] oldHash, byte[] newHash, String deviceId,
                                             long nowMillis, long expiredBefore) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE session_tokens"
                    + " SET token_hash = ?, device_id = coalesce(?, device_id), last_used_at = ?"
                    + " WHERE token_hash = ? AND account_id = ? AND last_used_at >= ? RETURNING device_id")) {
                s.setBytes(1, newHash);
                s.setString(2, deviceId);
                s.setLong(3, nowMillis);
                s.setBytes(4, oldHash);
                s.setLong(5, accountId);
                s.setLong(6, expiredBefore);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public CompletableFuture<Boolean> revoke(long accountId, byte[] tokenHash) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM session_tokens WHERE account_id = ? AND token_hash = ?")) {
                s.setLong(1, accountId);
                s.setBytes(2, tokenHash);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public CompletableFuture<Integer> revokeAll(long accountId, byte[] keepHash) {
        return database.write(c -> {
            // A BLOB never equals NULL, so a null keepHash keeps none.
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM session_tokens WHERE account_id = ? AND token_hash IS NOT ?")) {
                s.setLong(1, accountId);
                s.setBytes(2, keepHash);
                return s.executeUpdate();
            }
        });
    }
}
