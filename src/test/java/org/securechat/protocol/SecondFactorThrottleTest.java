package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/**
 * The login throttle and the second factor: a login that only lacked its code is no failure, a
 * wrong code is one. Each test fails from a loopback address of its own.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class SecondFactorThrottleTest extends ProtocolTestBase {
    private static final int FREE = LimitsProfile.FREE_FAILURES;

    @Inject
    TestClock clock;

    private Credentials enrolled() {
        Credentials who = Credentials.fresh("guarded");
        WireClient session = registered(who);
        Authenticator app = Authenticator.of(session.ok("totp_setup", "password", who.password()));
        session.ok("totp_enable", "code", app.code(clock));
        session.quit();
        return who;
    }


    @Test
    void aLoginThatOnlyLacksItsCodeIsNotAFailure() {
        Credentials who = enrolled();
        WireClient forgetful = connect(Dial.DEFAULT.from("127.0.0.21"));
        for (int i = 0; i < 3 * FREE; i++) {
            WireClient.assertError("totp_required", forgetful.login(who));
        }
        WireClient.assertError("bad_credentials", forgetful.login(who, "recovery_code", "no-such-code"));
    }

    @Test
    void wrongCodesAreCountedUntilTheSourceMustWait() {
        Credentials who = enrolled();
        WireClient guesser = connect(Dial.DEFAULT.from("127.0.0.22"));
        for (int i = 0; i <= FREE; i++) {
            WireClient.assertError("bad_credentials", guesser.login(who, "totp", String.format("%06d", i)));
        }
        JsonNode waits = WireClient.assertError("too_many_attempts", guesser.login(who, "totp", "000000"));
        assertTrue(waits.path("retry_after_s").asLong() >= 1, waits::toString);
        WireClient.assertError("too_many_attempts", guesser.login(who)); // even without a code, during the wait
    }
}
