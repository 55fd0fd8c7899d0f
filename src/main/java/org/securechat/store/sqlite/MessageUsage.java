package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.securechat.chat.ChatError;
import org.securechat.store.StoreLimits;

/**
 * What each account's stored messages take (message_usage), and the quota on it. A message counts
 * its sealed text plus {@value #ROW_BYTES} for its row and index entries (its text's bytes plus
 * 128), so tiny messages cost what they take on disk too.
 *
 * <p>Counted in memory by the writer and written once per batch and account, in the batch's own
 * transaction (an UPDATE per message cost a third of the writer's time): a change counts once
 * its task is kept and is forgotten with a batch that does not commit. Touched by the writer
 * thread only.
 */
@ApplicationScoped
public class MessageUsage implements BatchListener {
    static final int ROW_BYTES = 112;
    /** Accounts whose committed usage is kept in memory before the map starts over, read again as they write. */
    private static final int CACHED_ACCOUNTS = 100_000;

    private final long quota;
    /** As the database holds it, for the accounts read since the last batch that did not commit. */
    private final Map<Long, Long> committed = new HashMap<>();
    private final Map<Long, Long> batch = new HashMap<>();
    private final Map<Long, Long> task = new HashMap<>();

    public MessageUsage(StoreLimits limits) {
        this.quota = limits.quota().accountBytes();
    }

    /** Counts a message of this sealed size against its sender, or refuses it past the quota. */
    void add(Connection c, long accountId, int sealedBytes) throws SQLException {
        long bytes = sealedBytes + ROW_BYTES;
        long total = stored(c, accountId) + batch.getOrDefault(accountId, 0L) + task.getOrDefault(accountId, 0L) + bytes;
        if (quota > 0 && total > quota) {
            throw new ChatError(ChatError.Reason.QUOTA_EXCEEDED, String.format(Locale.ROOT,
                    "your stored messages have reached this server's quota (%.1f MiB per account); nothing was stored",
                    quota / 1048576.0));
        }
        task.merge(accountId, bytes, Long::sum);
    }

    /** Takes deleted messages' bytes (as the SQL sum {@link #bytesOf} gives them) off their sender. */
    void subtract(long accountId, long bytes) {
        task.merge(accountId, -bytes, Long::sum);
    }

    /** A message row's counted bytes in SQL, over a {@code messages} row: the same sum as {@link #add}. */
    static String bytesOf(String messagesAlias) {
        return "length(" + messagesAlias + ".ciphertext) + " + ROW_BYTES;
    }

    private long stored(Connection c, long accountId) throws SQLException {
        Long known = committed.get(accountId);
        if (known != null) {
            return known;
        }
        if (committed.size() >= CACHED_ACCOUNTS) {
            committed.clear();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT bytes FROM message_usage WHERE account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                long bytes = r.next() ? r.getLong(1) : 0;
                committed.put(accountId, bytes);
                return bytes;
            }
        }
    }

    @Override
    public void taskEnded(boolean kept) {
        if (kept) {
            task.forEach((account, bytes) -> batch.merge(account, bytes, Long::sum));
        }
        task.clear();
    }

    @Override
    public void beforeCommit(Connection c) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO message_usage (account_id, bytes) VALUES (?, ?)"
                + " ON CONFLICT (account_id) DO UPDATE SET bytes = bytes + excluded.bytes")) {
            for (Map.Entry<Long, Long> change : batch.entrySet()) {
                s.setLong(1, change.getKey());
                s.setLong(2, change.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public void committed() {
        batch.forEach((account, bytes) -> committed.computeIfPresent(account, (a, before) -> before + bytes));
        batch.clear();
    }

    @Override
    public void rolledBack() {
        committed.clear(); // it may hold what this transaction read of itself: read it again
        batch.clear();
        task.clear();
    }
}
