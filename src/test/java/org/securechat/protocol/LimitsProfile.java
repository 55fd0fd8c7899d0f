package org.securechat.protocol;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Limits small enough to reach in a test: logins throttled after 5 failures from one address, 50
 * connections per address, a 64 KiB outbound queue, and flood control off so tests can write fast.
 */
public class LimitsProfile implements QuarkusTestProfile {
    public static final int FREE_FAILURES = 5;
    static final int CONNECTIONS_PER_ADDRESS = 50;
    static final int MAX_OUTBOUND_BYTES = 65_536;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "chat.login-throttle.free-failures", String.valueOf(FREE_FAILURES),
                "chat.limits.connections-per-address", String.valueOf(CONNECTIONS_PER_ADDRESS),
                "chat.login-throttle.base-delay", "2s",
                "chat.max-outbound-bytes", String.valueOf(MAX_OUTBOUND_BYTES),
                "chat.flood.rate", "0");
    }
}
