package org.securechat.cluster.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.chat.port.AttemptCounters;

/**
 * Failure records when this process is the whole deployment: in memory, for at most
 * {@link #MAX_TRACKED} sources. When full, records that impose no wait any more are dropped; if
 * every one still does, a new source is let through without a record (memory stays bounded, and a
 * clean source is never refused for others' failures).
 */
@ApplicationScoped
public class LocalAttemptCounters implements AttemptCounters {
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Attempts> records = new ConcurrentHashMap<>();

    @Override
    public Attempts get(String key) {
        return records.getOrDefault(key, Attempts.NONE);
    }

    @Override
    public boolean replace(String key, Attempts expected, Attempts next) {
        if (expected.equals(Attempts.NONE)) {
            if (records.size() >= MAX_TRACKED) {
                records.values().removeIf(r -> r.waitUntilMillis() <= next.lastMillis());
                if (records.size() >= MAX_TRACKED) {
                    return true;
                }
            }
            return records.putIfAbsent(key, next) == null;
        }
        return records.replace(key, expected, next);
    }
}
