package org.securechat.chat.port;

/**
 * Failed attempts per source, shared by every node: a small register per key that the throttle
 * reads and replaces atomically, so concurrent attempts cannot all pass one check.
 */
public interface AttemptCounters {
    /**
     * A source's record: failures counted (an attempt in flight counts until it is known to be
     * right), until when it must wait, and when it last tried.
     */
    record Attempts(int failures, long waitUntilMillis, long lastMillis) {
        public static final Attempts NONE = new Attempts(0, 0, 0);
    }

    /** The key's record, or {@link Attempts#NONE}. */
    Attempts get(String key);

    /**
     * Stores {@code next} if the key still holds {@code expected} ({@link Attempts#NONE} for no
     * record); false if another attempt changed it meanwhile, and the caller reads again.
     */
    boolean replace(String key, Attempts expected, Attempts next);
}
