package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.ChatConfig;

/**
 * Accounts registered per source (an address, an IPv6 /64), a token bucket each: a few at once,
 * then slowly, so no host can mint accounts to spread its load over. At most {@link #MAX_TRACKED}
 * sources are remembered; a full bucket remembers nothing and is dropped first.
 */
@ApplicationScoped
public class Registrations {
    static final int MAX_TRACKED = 100_000;

    private final Map<String, FloodBucket> bySource = new ConcurrentHashMap<>();
    private final int burst;
    private final double rate;
    private final Clock clock;
    private final SecurityLog log;

    public Registrations(ChatConfig config, Clock clock, SecurityLog log) {
        this.burst = config.limits().registrations().burst();
        this.rate = config.limits().registrations().rate();
        this.clock = clock;
        this.log = log;
    }

    /** Spends one registration of the address's source, or refuses with RATE_LIMITED. */
    public void spend(String address) {
        long now = clock.millis();
        if (bySource.size() >= MAX_TRACKED) {
            bySource.values().removeIf(bucket -> bucket.full(now));
        }
        FloodBucket bucket = bySource.computeIfAbsent(AttemptSource.of(address), source -> new FloodBucket(burst, rate, now));
        long waitMillis;
        synchronized (bucket) {
            waitMillis = bucket.take(now, 1);
        }
        if (waitMillis > 0) {
            log.registrationsRefused(address);
            throw new ChatError(ChatError.Reason.RATE_LIMITED, "too many accounts registered from your address",
                    Math.max(1, (waitMillis + 999) / 1000));
        }
    }
}
