package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.securechat.store.MessageCipher;
import org.securechat.store.SealedContents;

/** The key check's questions, answered from the database once it is open (the start waits for them). */
@ApplicationScoped
public class SqliteSealedContents implements SealedContents {
    /** Enough of the newest rows that a few damaged ones do not refuse the right key. */
    private static final int ROWS_TRIED = 16;

    private final Database database;
    private final Clock clock;

    public SqliteSealedContents(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<MessageCipher.Sealed> keyCheck() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT key_id, nonce, ciphertext FROM storage_key_check")) {
                return r.next() ? Optional.of(new MessageCipher.Sealed(r.getString(1), r.getBytes(2), r.getBytes(3)))
                        : Optional.<MessageCipher.Sealed>empty();
            }
        }).join();
    }

    @Override
    public void recordKeyCheck(MessageCipher.Sealed check) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO storage_key_check"
                    + " (id, key_id, nonce, ciphertext, created_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                s.setString(1, check.keyId());
                s.setBytes(2, check.nonce());
                s.setBytes(3, check.ciphertext());
                s.setLong(4, clock.millis());
                return s.executeUpdate();
            }
        }).join();
    }

    @Override
    public boolean holdsMessages() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM messages)")) {
                return r.next() && r.getBoolean(1);
            }
        }).join();
    }

    @Override
    public boolean someMessageOpens(MessageCipher cipher) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(MessageRows.SELECT + " ORDER BY m.id DESC LIMIT " + ROWS_TRIED);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    try {
                        MessageRows.open(r, cipher);
                        return true;
                    } catch (GeneralSecurityException notThisRow) {
                        // damaged, or sealed under another key: try the next
                    }
                }
                return false;
            }
        }).join();
    }
}
