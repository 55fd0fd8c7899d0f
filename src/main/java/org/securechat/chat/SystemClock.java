package org.securechat.chat;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the chat's policies (throttle, flood control, idle timeout), so tests can move time. */
public class SystemClock {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
