package org.securechat;

import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chat's clock in tests: the system's, until a test moves it forward to reach the end of a
 * throttle's wait, a flood bucket's refill or an idle timeout without sleeping.
 */
@Mock
@Singleton
public class TestClock extends Clock {
    private final AtomicLong aheadMillis = new AtomicLong();

    public void advance(Duration by) {
        aheadMillis.addAndGet(by.toMillis());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + aheadMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the chat's clock is UTC");
    }
}
