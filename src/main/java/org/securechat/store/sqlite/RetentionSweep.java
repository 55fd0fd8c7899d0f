package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.securechat.chat.Workers;
import org.securechat.store.StoreLimits;

/**
 * Deletes the messages older than {@code chat.retention.max-age}: every minute (every tenth of the
 * age if that is shorter, at least every second), oldest first, {@value #CHUNK} per write so other
 * writes never wait long, their bytes taken off their senders' quota in the same transaction. Ids
 * grow with time, so the old rows are the first ones and a sweep reads no more than it deletes.
 * The newest message always stays: the writer's next id is the highest plus one, and must never
 * repeat an id a client has seen.
 */
@ApplicationScoped
public class RetentionSweep {
    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);
    private static final int CHUNK = 500;
    private static final Duration LONGEST_PERIOD = Duration.ofMinutes(1);
    private static final Duration SHORTEST_PERIOD = Duration.ofSeconds(1);

    private final Database database;
    private final MessageUsage usage;
    private final Workers workers;
    private final Clock clock;
    private final Duration maxAge;
    private final AtomicBoolean sweeping = new AtomicBoolean();

    public RetentionSweep(Database database, MessageUsage usage, Workers workers, Clock clock, StoreLimits limits) {
        this.database = database;
        this.usage = usage;
        this.workers = workers;
        this.clock = clock;
        this.maxAge = limits.retention().maxAge();
    }

    /** Starts the periodic sweep, unless every message is kept. */
    public void start() {
        if (maxAge.isZero() || maxAge.isNegative()) {
            return;
        }
        Duration period = maxAge.dividedBy(10);
        workers.every(period.compareTo(LONGEST_PERIOD) > 0 ? LONGEST_PERIOD
                : period.compareTo(SHORTEST_PERIOD) < 0 ? SHORTEST_PERIOD : period, this::sweep);
    }

    private void sweep() {
        if (sweeping.compareAndSet(false, true)) {
            deleteChunks(clock.millis() - maxAge.toMillis(), 0);
        }
    }

    /** One chunk per write task, the next queued when one comes back full; never blocks the timer. */
    private void deleteChunks(long cutoff, int deletedBefore) {
        database.write(c -> deleteChunk(c, cutoff)).whenComplete((deleted, failure) -> {
            if (failure == null && deleted == CHUNK) {
                deleteChunks(cutoff, deletedBefore + deleted);
                return;
            }
            sweeping.set(false);
            if (failure != null) {
                LOG.warnf("the retention sweep stopped (%s); the next one goes on", failure.getMessage());
            } else if (deletedBefore + deleted > 0) {
                LOG.infof("deleted %d messages older than %s", deletedBefore + deleted, maxAge);
            }
        });
    }

    private int deleteChunk(Connection c, long cutoff) throws SQLException {
        long lastId = 0;
        int count = 0;
        try (PreparedStatement oldest = c.prepareStatement("SELECT id, created_at FROM messages"
                + " WHERE id < (SELECT MAX(id) FROM messages) ORDER BY id LIMIT " + CHUNK);
             ResultSet r = oldest.executeQuery()) {
            while (r.next() && r.getLong(2) < cutoff) {
                lastId = r.getLong(1);
                count++;
            }
        }
        if (count == 0) {
            return 0;
        }
        try (PreparedStatement senders = c.prepareStatement("SELECT m.sender_id, SUM(" + MessageUsage.bytesOf("m")
                + ") FROM messages m WHERE m.id <= ? GROUP BY m.sender_id");
             PreparedStatement delete = c.prepareStatement("DELETE FROM messages WHERE id <= ?")) {
            senders.setLong(1, lastId);
            try (ResultSet r = senders.executeQuery()) {
                while (r.next()) {
                    usage.subtract(r.getLong(1), r.getLong(2));
                }
            }
            delete.setLong(1, lastId);
            delete.executeUpdate();
        }
        return count;
    }
}
