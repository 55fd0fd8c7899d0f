package org.securechat.tui.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves: typing, pastes and retry waits are timed by it, so no test waits on the wall clock. */
public final class ManualClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-24T12:00:00Z");

    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the client's tests run in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
