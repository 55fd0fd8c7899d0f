package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/**
 * Failed logins, per account and per address, impose a growing wait during which even the right
 * password is refused. Each test fails from its own loopback address, so the others are not slowed.
 * The waits pass on the chat's clock, moved forward, not slept through.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class LoginThrottleTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    @Test
    void failuresForOneAccountImposeAGrowingWaitOnEveryAddress() {
        Credentials victim = Credentials.fresh("victim");
        registered(victim).quit();
        WireClient attacker = connect(Dial.DEFAULT.from("127.0.0.2"));
        Credentials wrong = new Credentials(victim.user(), "a wrong guess");
        for (int i = 0; i <= LimitsProfile.ACCOUNT_FREE_FAILURES; i++) {
            WireClient.assertError("bad_credentials", attacker.login(wrong));
        }
        long firstWait = throttled(attacker.login(victim));
        throttled(connect().login(victim)); // the right password, from another address, during the wait

        clock.advance(Duration.ofSeconds(firstWait));
        WireClient.assertError("bad_credentials", attacker.login(wrong));
        long secondWait = throttled(attacker.login(victim));
        assertTrue(secondWait > firstWait, () -> "the wait grows: " + firstWait + " s, then " + secondWait + " s");

        clock.advance(Duration.ofSeconds(secondWait));
        assertOk(connect().login(victim));
    }

    @Test
    void failuresFromOneAddressImposeAWaitOnEveryAccountFromIt() {
        Credentials bystander = Credentials.fresh("bystander");
        registered(bystander).quit();
        WireClient scanner = connect(Dial.DEFAULT.from("127.0.0.3"));
        for (int i = 0; i <= LimitsProfile.ADDRESS_FREE_FAILURES; i++) {
            WireClient.assertError("bad_credentials", scanner.login(Credentials.fresh("guess")));
        }
        long firstWait = throttled(scanner.login(bystander));
        assertOk(connect().login(bystander)); // other addresses are not held back

        clock.advance(Duration.ofSeconds(firstWait));
        WireClient.assertError("bad_credentials", scanner.login(Credentials.fresh("guess")));
        long secondWait = throttled(scanner.login(bystander));
        assertTrue(secondWait > firstWait, () -> "the wait grows: " + firstWait + " s, then " + secondWait + " s");
    }

    /** Asserts a too_many_attempts refusal and returns its retry_after_s. */
    private static long throttled(JsonNode reply) {
        WireClient.assertError("too_many_attempts", reply);
        long seconds = reply.path("retry_after_s").asLong();
        assertTrue(seconds >= 1, reply::toString);
        return seconds;
    }
}
