package org.securechat.security;

import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.ChatConfig;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.ProtocolException;

/**
 * Slows password guessing per account and per address. After the free failures, each failure
 * imposes a wait that doubles (up to a cap); during a wait every attempt is refused, even with the
 * right password, so the wait cannot be used to confirm a guess.
 */
@ApplicationScoped
public class LoginThrottle {
    private record Record(int failures, long blockedUntilMillis, long lastFailureMillis) { }

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Record> accounts = new ConcurrentHashMap<>();
    private final Map<String, Record> addresses = new ConcurrentHashMap<>();
    private final ChatConfig.LoginThrottle config;
    private final Clock clock = Clock.systemUTC();
    private final Counter failures;

    public LoginThrottle(ChatConfig config, MeterRegistry registry) {
        this.config = config.loginThrottle();
        this.failures = Counter.builder("securechat.logins.failed")
                .description("failed logins: wrong password or server password, protocol and REST").register(registry);
    }

    /** Refuses with {@code too_many_attempts} while the account or the address must wait. */
    public void check(String account, String address) {
        long now = clock.millis();
        long wait = Math.max(waitMillis(accounts.get(key(account)), now), waitMillis(addresses.get(address), now));
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            throw new ProtocolException(ErrorCode.TOO_MANY_ATTEMPTS,
                    "too many failed attempts; try again in " + seconds + " s", seconds);
        }
    }

    public void failed(String account, String address) {
        failures.increment();
        long now = clock.millis();
        if (account != null) {
            record(accounts, key(account), config.accountFreeFailures(), now);
        }
        record(addresses, address, config.addressFreeFailures(), now);
    }

    /**
     * Clears the account's failures. The address's are kept: logging in to one's own account must
     * not reset the count of guesses made at others from the same place.
     */
    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    private void record(Map<String, Record> map, String key, int free, long now) {
        if (map.size() >= MAX_TRACKED) {
            forgetIdle(map, now);
        }
        map.compute(key, (k, old) -> {
            // A record idle for longer than the longest wait is forgotten: old failures stop counting.
            boolean fresh = old == null || now - old.lastFailureMillis() > config.maxDelay().toMillis();
            int failures = fresh ? 1 : old.failures() + 1;
            long blockedUntil = failures > free ? now + delayMillis(failures - free) : 0;
            return new Record(failures, blockedUntil, now);
        });
    }

    private long delayMillis(int excess) {
        long base = config.baseDelay().toMillis();
        long max = config.maxDelay().toMillis();
        int shift = Math.min(excess - 1, 30);
        return Math.min(max, base << shift);
    }

    /** Drops records whose last failure is older than the longest wait: they would impose nothing. */
    private void forgetIdle(Map<String, Record> map, long now) {
        long horizon = now - config.maxDelay().toMillis();
        map.values().removeIf(r -> r.lastFailureMillis() < horizon);
    }

    private static long waitMillis(Record record, long now) {
        return record == null ? 0 : record.blockedUntilMillis() - now;
    }

    private static String key(String account) {
        return account == null ? "" : account.toLowerCase(Locale.ROOT);
    }

}
