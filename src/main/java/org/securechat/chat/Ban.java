package org.securechat.chat;

import java.time.Instant;

/** An account's ban: who set it, why (or null), and when it ends (null: when lifted). */
public record Ban(String user, String by, String reason, Instant until) {
    /** Whether it still bans at {@code now}. */
    public boolean inForceAt(Instant now) {
        return until == null || until.isAfter(now);
    }
}
