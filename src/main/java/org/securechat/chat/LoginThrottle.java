package org.securechat.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.securechat.ChatConfig;
import org.securechat.chat.port.AttemptCounters;
import org.securechat.chat.port.AttemptCounters.Attempts;

/**
 * Slows, then blocks, the source of failed logins (an address; a /64 for IPv6), never the account
 * attacked: the right password from a source with a clean record always gets in. After the free
 * failures each one imposes a wait that doubles up to a cap, during which the source is refused
 * before any password is checked. An attempt counts as a failure from the moment it is let through
 * until it is known to be right, so simultaneous guesses cannot all pass the same check.
 */
@ApplicationScoped
public class LoginThrottle {
    /** The policy's numbers: failures free of any wait, the first wait, the longest. */
    public record Policy(int freeFailures, Duration baseDelay, Duration maxDelay) { }

    private final AttemptCounters counters;
    private final Policy policy;
    private final Clock clock;
    private final SecurityLog log;
    private final Audit audit;
    private final Counter failures;

    @Inject
    public LoginThrottle(AttemptCounters counters, ChatConfig config, Clock clock, SecurityLog log, Audit audit,
                         MeterRegistry registry) {
        this(counters, new Policy(config.loginThrottle().freeFailures(), config.loginThrottle().baseDelay(),
                config.loginThrottle().maxDelay()), clock, log, audit, registry);
    }

    public LoginThrottle(AttemptCounters counters, Policy policy, Clock clock, SecurityLog log, Audit audit,
                         MeterRegistry registry) {
        this.counters = counters;
        this.policy = policy;
        this.clock = clock;
        this.log = log;
        this.audit = audit;
        this.failures = Counter.builder("securechat.logins.failed")
                .description("failed logins: wrong password or server password, protocol and REST").register(registry);
    }

    /** One attempt let through: settle it with {@link #failed()} or {@link #succeeded()}. */
    public final class Attempt {
        private final String key;
        private final String address;

        private Attempt(String key, String address) {
            this.key = key;
            this.address = address;
        }

        /** The peer address it came from. */
        public String address() {
            return address;
        }

        /** It was wrong: it stays counted. */
        public void failed() {
            failures.increment();
        }

        /** It was right: its charge is taken back, and with it the wait it would have imposed. */
        public void succeeded() {
            while (true) {
                Attempts stored = counters.get(key);
                if (stored.failures() == 0) {
                    return;
                }
                int left = stored.failures() - 1;
                Attempts refunded = new Attempts(left, left > policy.freeFailures() ? stored.waitUntilMillis() : 0,
                        stored.lastMillis());
                if (counters.replace(key, stored, refunded)) {
                    return;
                }
            }
        }
    }

    /**
     * Lets an attempt from this peer address through, counted, or refuses it with TOO_MANY_ATTEMPTS
     * while its source must wait.
     */
    public Attempt begin(String address) {
        String source = AttemptSource.of(address);
        String key = "source:" + source;
        long horizon = policy.maxDelay().toMillis();
        while (true) {
            long now = clock.millis();
            Attempts stored = counters.get(key);
            // A record idle for longer than the longest wait is forgotten: old failures stop counting.
            Attempts current = now - stored.lastMillis() > horizon ? Attempts.NONE : stored;
            long wait = current.waitUntilMillis() - now;
            if (wait > 0) {
                long seconds = (wait + 999) / 1000;
                audit.throttled(source, current.waitUntilMillis(), current.failures());
                throw new ChatError(ChatError.Reason.TOO_MANY_ATTEMPTS,
                        "too many failed attempts from your address; try again in " + seconds + " s", seconds);
            }
            int counted = current.failures() + 1;
            long waitUntil = counted > policy.freeFailures() ? now + delayMillis(counted - policy.freeFailures()) : 0;
            if (counters.replace(key, stored, new Attempts(counted, waitUntil, now))) {
                if (waitUntil > 0) {
                    log.sourceWaits(source, (waitUntil - now + 999) / 1000, counted);
                }
                return new Attempt(key, address);
            }
        }
    }

    private long delayMillis(int excess) {
        int shift = Math.min(excess - 1, 30);
        return Math.min(policy.maxDelay().toMillis(), policy.baseDelay().toMillis() << shift);
    }
}
