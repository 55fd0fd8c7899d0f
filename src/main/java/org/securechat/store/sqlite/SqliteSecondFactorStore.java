package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.securechat.chat.SecondFactor;
import org.securechat.chat.port.SecondFactorStore;
import org.securechat.store.MessageCipher;
import org.securechat.store.SecretBinding;

/** TOTP secrets in SQLite, sealed with the storage cipher and bound to their account; recovery codes as hashes. */
@ApplicationScoped
public class SqliteSecondFactorStore implements SecondFactorStore {
    private static final Logger LOG = Logger.getLogger(SqliteSecondFactorStore.class);

    private final Database database;
    private final MessageCipher cipher;
    private final Clock clock;

    public SqliteSecondFactorStore(Database database, MessageCipher cipher, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Optional<SecondFactor>> find(long accountId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT key_id, nonce, ciphertext, enabled, last_step FROM totp_secrets WHERE account_id = ?")) {
                s.setLong(1, accountId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    MessageCipher.Sealed sealed = new MessageCipher.Sealed(r.getString(1), r.getBytes(2), r.getBytes(3));
                    return Optional.of(new SecondFactor(open(accountId, sealed), r.getBoolean(4), r.getLong(5)));
                }
            }
        });
    }

    private Optional<String> open(long accountId, MessageCipher.Sealed sealed) {
        try {
            return Optional.of(cipher.open(sealed, new SecretBinding(accountId).associatedData()));
        } catch (GeneralSecurityException e) {
            LOG.warnf("the TOTP secret of account %d failed authentication (key %s): no code can match it;"
                    + " its recovery codes still work, or reset it with user totp-reset", accountId, sealed.keyId());
            return Optional.empty();
        }
    }

    @Override
    public CompletableFuture<Boolean> setPending(long accountId, String secret) {
        MessageCipher.Sealed sealed = cipher.seal(secret, new SecretBinding(accountId).associatedData());
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO totp_secrets"
                    + " (account_id, key_id, nonce, ciphertext, enabled, last_step, created_at) VALUES (?, ?, ?, ?, 0, 0, ?)"
                    + " ON CONFLICT (account_id) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce,"
                    + " ciphertext = excluded.ciphertext, last_step = 0, created_at = excluded.created_at"
                    + " WHERE totp_secrets.enabled = 0")) {
                s.setLong(1, accountId);
                s.setString(2, sealed.keyId());
                s.setBytes(3, sealed.nonce());
                s.setBytes(4, sealed.ciphertext());
                s.setLong(5, clock.millis());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public CompletableFuture<Boolean> enable(long accountId, long step, List<byte[]> recoveryCodeHashes) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE totp_secrets SET enabled = 1, last_step = ? WHERE account_id = ? AND enabled = 0")) {
                s.setLong(1, step);
                s.setLong(2, accountId);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            deleteRecoveryCodes(c, accountId);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO totp_recovery_codes (account_id, code_hash) VALUES (?, ?)")) {
                for (byte[] hash : recoveryCodeHashes) {
                    s.setLong(1, accountId);
                    s.setBytes(2, hash);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return true;
        });
    }

    @Override
    public CompletableFuture<Boolean> acceptStep(long accountId, long step) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE totp_secrets SET last_step = ? WHERE account_id = ? AND enabled = 1 AND last_step < ?")) {
                s.setLong(1, step);
                s.setLong(2, accountId);
                s.setLong(3, step);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public CompletableFuture<Boolean> useRecoveryCode(long accountId, byte[] codeHash) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM totp_recovery_codes WHERE account_id = ? AND code_hash = ?")) {
                s.setLong(1, accountId);
                s.setBytes(2, codeHash);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public CompletableFuture<Boolean> remove(long accountId) {
        return database.write(c -> {
            deleteRecoveryCodes(c, accountId);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM totp_secrets WHERE account_id = ?")) {
                s.setLong(1, accountId);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static void deleteRecoveryCodes(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM totp_recovery_codes WHERE account_id = ?")) {
            s.setLong(1, accountId);
            s.executeUpdate();
        }
    }
}
