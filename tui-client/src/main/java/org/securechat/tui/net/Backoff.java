package org.securechat.tui.net;

import java.time.Duration;

/** Reconnect delays: 1 s, doubling each failure, capped at 60 s; reset after a successful login. */
public final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(60);

    private Duration next = FIRST;

    public synchronized Duration nextDelay() {
        Duration current = next;
        next = current.multipliedBy(2).compareTo(MAX) > 0 ? MAX : current.multipliedBy(2);
        return current;
    }

    public synchronized void reset() {
        next = FIRST;
    }
}
