package org.securechat.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * The store's {@code chat.*} keys, beside {@link org.securechat.ChatConfig}'s: how much one account
 * may keep stored, and how long messages are kept. Every store vendor applies both.
 */
@ConfigMapping(prefix = "chat")
public interface StoreLimits {
    Quota quota();

    Retention retention();

    interface Quota {
        /** Bytes of stored messages one account may have at a time (text plus 128 a message); 0 for none. */
        @WithName("account-bytes")
        @WithDefault("16777216")
        long accountBytes();
    }

    interface Retention {
        /** Messages older than this are deleted; 0 keeps every message. */
        @WithName("max-age")
        @WithDefault("0s")
        Duration maxAge();
    }
}
