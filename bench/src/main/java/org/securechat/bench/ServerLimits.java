package org.securechat.bench;

import java.util.Map;

/** Which of the server's limits a started server keeps (docs/operations.md, "Limits"). */
enum ServerLimits {

    /**
     * Flood control off and the caps per address and per account lifted: thousands of sessions over
     * few accounts, as fast as they go; the per-session budgets stay, as a real server has them.
     */
    LIFTED(Map.of(
            "CHAT_LIMITS_CONNECTIONS", "1000000",
            "CHAT_LIMITS_CONNECTIONS_PER_ADDRESS", "1000000",
            "CHAT_LIMITS_SESSIONS_PER_ACCOUNT", "1000000",
            "CHAT_LIMITS_REGISTRATIONS_RATE", "0",
            "CHAT_FLOOD_RATE", "0")),

    /**
     * Every limit as shipped but the send budget, raised above any load so that it is charged for
     * every send and never refuses: what the limits cost a load that measures delivery.
     */
    SHIPPED_BUT_SENDS(Map.of("CHAT_FLOOD_BURST", "1000000", "CHAT_FLOOD_RATE", "1000000")),

    /** Every limit as shipped: the soak, whose users stay within them and whose attacker does not. */
    SHIPPED(Map.of());

    /** The environment that sets them. */
    final Map<String, String> settings;

    ServerLimits(Map<String, String> settings) {
        this.settings = settings;
    }
}
