package org.securechat.protocol;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A user name and password; fresh ones are unique on the shared test server. */
record Credentials(String user, String password) {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    static Credentials fresh(String prefix) {
        return new Credentials(unique(prefix), "pw-" + UUID.randomUUID());
    }

    /** A name no other test uses: the prefix, a counter and a random tail; valid as user and room name. */
    static String unique(String prefix) {
        String tail = UUID.randomUUID().toString().substring(0, 6);
        return (prefix + "-" + COUNTER.incrementAndGet() + "-" + tail).toLowerCase(Locale.ROOT);
    }
}
