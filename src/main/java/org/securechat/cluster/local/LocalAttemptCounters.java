package org.securechat.cluster.local;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.chat.port.AttemptCounters;

/**
 * Failure counts when this process is the whole deployment: in memory, at most {@link #MAX_TRACKED}
 * keys; past that, counts old enough to impose nothing are dropped.
 */
@ApplicationScoped
public class LocalAttemptCounters implements AttemptCounters {
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> counts = new ConcurrentHashMap<>();

    @Override
    public Failures get(String key) {
        return counts.getOrDefault(key, Failures.NONE);
    }

    @Override
    public Failures add(String key, long nowMillis, long forgetAfterMillis) {
        if (counts.size() >= MAX_TRACKED) {
            counts.values().removeIf(f -> nowMillis - f.lastMillis() > forgetAfterMillis);
        }
        return counts.compute(key, (k, old) -> old == null || nowMillis - old.lastMillis() > forgetAfterMillis
                ? new Failures(1, nowMillis) : new Failures(old.count() + 1, nowMillis));
    }

    @Override
    public void clear(String key) {
        counts.remove(key);
    }
}
