package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.AwayMessages;

/** Away texts in SQLite, one row per account that has one. */
@ApplicationScoped
public class SqliteAwayMessages implements AwayMessages {
    private final Database database;
    private final Clock clock;

    public SqliteAwayMessages(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Optional<String>> of(long accountId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT text FROM away_messages WHERE account_id = ?")) {
                s.setLong(1, accountId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public CompletableFuture<Void> set(long accountId, String text) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(text == null
                    ? "DELETE FROM away_messages WHERE account_id = ?"
                    : "INSERT INTO away_messages (account_id, text, set_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT DO UPDATE SET text = excluded.text, set_at = excluded.set_at")) {
                s.setLong(1, accountId);
                if (text != null) {
                    s.setString(2, text);
                    s.setLong(3, clock.millis());
                }
                s.executeUpdate();
                return null;
            }
        });
    }
}
