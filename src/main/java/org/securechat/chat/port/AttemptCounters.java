package org.securechat.chat.port;

/**
 * Failed attempts per key (an account, an address), shared by every node. A count whose last
 * failure is older than the horizon given with it is forgotten: old failures stop counting.
 */
public interface AttemptCounters {
    /** How many failures, and when the last one was. */
    record Failures(int count, long lastMillis) {
        public static final Failures NONE = new Failures(0, 0);
    }

    Failures get(String key);

    /** Adds one failure at {@code nowMillis}, atomically, and returns the new count. */
    Failures add(String key, long nowMillis, long forgetAfterMillis);

    void clear(String key);
}
