package org.securechat.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.securechat.ChatConfig;
import org.securechat.chat.port.AttemptCounters;

/**
 * Slows password guessing per account and per address. After the free failures, each failure
 * imposes a wait that doubles (up to a cap); during a wait every attempt is refused, even with the
 * right password, so the wait cannot be used to confirm a guess.
 */
@ApplicationScoped
public class LoginThrottle {
    private final AttemptCounters counters;
    private final ChatConfig.LoginThrottle config;
    private final Clock clock;
    private final Counter failures;

    public LoginThrottle(AttemptCounters counters, ChatConfig config, Clock clock, MeterRegistry registry) {
        this.counters = counters;
        this.config = config.loginThrottle();
        this.clock = clock;
        this.failures = Counter.builder("securechat.logins.failed")
                .description("failed logins: wrong password or server password, protocol and REST").register(registry);
    }

    /** Refuses with TOO_MANY_ATTEMPTS while the account or the address must wait. */
    public void check(String account, String address) {
        long now = clock.millis();
        long wait = Math.max(waitMillis(counters.get(accountKey(account)), config.accountFreeFailures(), now),
                waitMillis(counters.get(addressKey(address)), config.addressFreeFailures(), now));
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            throw new ChatError(ChatError.Reason.TOO_MANY_ATTEMPTS,
                    "too many failed attempts; try again in " + seconds + " s", seconds);
        }
    }

    public void failed(String account, String address) {
        failures.increment();
        long now = clock.millis();
        // A count idle for longer than the longest wait is forgotten: old failures stop counting.
        long horizon = config.maxDelay().toMillis();
        if (account != null) {
            counters.add(accountKey(account), now, horizon);
        }
        counters.add(addressKey(address), now, horizon);
    }

    /**
     * Clears the account's failures. The address's are kept: logging in to one's own account must
     * not reset the count of guesses made at others from the same place.
     */
    public void succeeded(String account) {
        counters.clear(accountKey(account));
    }

    private long waitMillis(AttemptCounters.Failures failures, int free, long now) {
        return failures.count() > free ? failures.lastMillis() + delayMillis(failures.count() - free) - now : 0;
    }

    private long delayMillis(int excess) {
        long base = config.baseDelay().toMillis();
        long max = config.maxDelay().toMillis();
        int shift = Math.min(excess - 1, 30);
        return Math.min(max, base << shift);
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : Account.key(account));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
