package org.securechat.protocol;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Per-session budgets small enough to exhaust in a test, each with a slow refill the test clock moves. */
public class BudgetsProfile implements QuarkusTestProfile {
    static final int JOINS = 3;
    static final int ROOMS_CREATED = 2;
    static final int QUERIES = 4;
    static final int HISTORY_BYTES = 40_000;
    static final int LOGINS = 2;
    static final int PINGS = 3;
    static final int REGISTRATIONS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("chat.limits.joins.burst", String.valueOf(JOINS)),
                Map.entry("chat.limits.joins.rate", "0.1"),
                Map.entry("chat.limits.room-creation.burst", String.valueOf(ROOMS_CREATED)),
                Map.entry("chat.limits.room-creation.rate", "0.01"),
                Map.entry("chat.limits.queries.burst", String.valueOf(QUERIES)),
                Map.entry("chat.limits.queries.rate", "0.1"),
                Map.entry("chat.limits.history-bytes.burst", String.valueOf(HISTORY_BYTES)),
                Map.entry("chat.limits.history-bytes.rate", "1000"),
                Map.entry("chat.limits.logins.burst", String.valueOf(LOGINS)),
                Map.entry("chat.limits.logins.rate", "0.1"),
                Map.entry("chat.limits.control.burst", String.valueOf(PINGS)),
                Map.entry("chat.limits.control.rate", "0.1"),
                Map.entry("chat.limits.registrations.burst", String.valueOf(REGISTRATIONS)),
                Map.entry("chat.limits.registrations.rate", "0.001"),
                Map.entry("chat.flood.rate", "0"));
    }
}
