package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/**
 * TOTP over the wire as a user meets it: set up, confirmed with a code of the app, then asked for
 * at each login, each code good once, recovery codes good once, turned off with both factors. The
 * codes are computed in the test from the secret the server returned, at the chat clock's time.
 */
@QuarkusTest
class SecondFactorTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    /** A fresh account with TOTP on: its authenticator and recovery codes; the clock at the start of a new step. */
    record Enrolled(Credentials who, Authenticator app, List<String> recoveryCodes) { }

    private Enrolled enrolled(String prefix) {
        Credentials who = Credentials.fresh(prefix);
        WireClient session = registered(who);
        Authenticator app = Authenticator.of(session.ok("totp_setup", "password", who.password()));
        Authenticator.nextStep(clock);
        JsonNode enabled = session.ok("totp_enable", "code", app.code(clock));
        List<String> codes = StreamSupport.stream(enabled.path("recovery_codes").spliterator(), false)
                .map(JsonNode::asText).toList();
        session.quit();
        return new Enrolled(who, app, codes);
    }

    private JsonNode login(Credentials who, Object... secondFactor) {
        return connect().login(who, secondFactor);
    }

    @Test
    void setupGivesASecretAndItsUriAndEnforcesNothingUntilEnabled() {
        Credentials who = Credentials.fresh("setup");
        WireClient session = registered(who);
        WireClient.assertError("bad_credentials", session.request("totp_setup", "password", "not my password"));
        JsonNode setup = session.ok("totp_setup", "password", who.password());
        String secret = setup.path("secret").asText();
        assertTrue(secret.matches("[A-Z2-7]{32}"), setup::toString);
        assertTrue(setup.path("uri").asText().startsWith("otpauth://totp/securechat%3A" + who.user() + "?secret=" + secret
                + "&issuer=securechat"), setup::toString);

        assertOk(login(who)); // set up, not enabled: the password is still enough

        JsonNode again = session.ok("totp_setup", "password", who.password());
        Authenticator first = Authenticator.of(setup);
        Authenticator second = Authenticator.of(again);
        assertNotEquals(first.secret(), second.secret());
        WireClient.assertError("bad_credentials", session.request("totp_enable", "code", first.code(clock)));
        WireClient.assertError("bad_request", session.request("totp_enable"));
        JsonNode enabled = session.ok("totp_enable", "code", second.code(clock)); // the second replaced the first
        JsonNode codes = enabled.path("recovery_codes");
        assertEquals(10, codes.size(), enabled::toString);
        Set<String> distinct = new HashSet<>();
        codes.forEach(code -> distinct.add(code.asText()));
        assertEquals(10, distinct.size());
        assertFalse(enabled.has("rooms"), "an ordinary session is in its rooms already");

        WireClient.assertError("bad_request", session.request("totp_setup", "password", who.password()));
        WireClient.assertError("bad_request", session.request("totp_enable", "code", second.code(clock, 1)));
    }

    @Test
    void withTotpOnLoginNeedsACodeAndEachStepIsAcceptedOnce() {
        Enrolled alice = enrolled("alice");
        JsonNode required = WireClient.assertError("totp_required", login(alice.who()));
        assertFalse(required.has("retry_after_s"));
        // Only the right password learns that a code is needed.
        WireClient.assertError("bad_credentials", login(new Credentials(alice.who().user(), "wrong password")));

        // The step of the code that enabled TOTP is spent already.
        WireClient.assertError("bad_credentials", login(alice.who(), "totp", alice.app().code(clock)));
        JsonNode in = assertOk(login(alice.who(), "totp", alice.app().code(clock, 1)));
        assertEquals(alice.who().user(), in.path("user").asText());
        assertEquals("general", in.path("rooms").get(0).asText());
        assertFalse(in.has("totp_setup_required"));
        WireClient.assertError("bad_credentials", login(alice.who(), "totp", alice.app().code(clock, 1))); // replayed

        Authenticator.nextStep(clock);
        Authenticator.nextStep(clock); // now two steps past the last accepted: its neighbour is no longer good
        WireClient.assertError("bad_credentials", login(alice.who(), "totp", alice.app().code(clock, -1)));
        WireClient.assertError("bad_credentials", login(alice.who(), "totp", alice.app().code(clock, -2)));
        WireClient.assertError("bad_credentials", login(alice.who(), "totp", alice.app().code(clock, 2)));
        assertOk(login(alice.who(), "totp", alice.app().code(clock)));
        // An earlier step inside the window, after a later one was accepted:
        WireClient.assertError("bad_credentials", login(alice.who(), "totp", alice.app().code(clock, -1)));
    }

    @Test
    void aCodeOfTheStepBeforeIsAcceptedWhenNoLaterOneWas() {
        Enrolled bob = enrolled("bob");
        Authenticator.nextStep(clock);
        Authenticator.nextStep(clock);
        assertOk(login(bob.who(), "totp", bob.app().code(clock, -1)));
        assertOk(login(bob.who(), "totp", bob.app().code(clock)));
        assertOk(login(bob.who(), "totp", bob.app().code(clock, 1)));
    }

    @Test
    void aRecoveryCodeWorksOnceInAnyCaseAndWithoutItsDashes() {
        Enrolled carol = enrolled("carol");
        String code = carol.recoveryCodes().get(3);
        assertTrue(code.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"), code);
        assertOk(login(carol.who(), "recovery_code", code.toUpperCase().replace("-", " ")));
        WireClient.assertError("bad_credentials", login(carol.who(), "recovery_code", code));
        WireClient.assertError("bad_credentials", login(carol.who(), "recovery_code", "not-a-code"));
        assertOk(login(carol.who(), "recovery_code", carol.recoveryCodes().get(4)));
    }

    @Test
    void disableNeedsThePasswordAndACodeAndThenThePasswordIsEnoughAgain() {
        Enrolled dave = enrolled("dave");
        WireClient session = connect();
        assertOk(session.login(dave.who(), "totp", dave.app().code(clock, 1)));
        WireClient.assertError("bad_request", session.request("totp_disable", "password", dave.who().password()));
        WireClient.assertError("bad_credentials", session.request("totp_disable", "password", "wrong password",
                "code", dave.app().code(clock)));
        WireClient.assertError("bad_credentials", session.request("totp_disable", "password", dave.who().password(),
                "code", dave.app().code(clock, 1))); // spent by the login
        assertEquals("ok", session.request("totp_disable", "password", dave.who().password(),
                "recovery_code", dave.recoveryCodes().get(0)).path("type").asText());
        assertOk(login(dave.who()));
        WireClient.assertError("bad_request", session.request("totp_disable", "password", dave.who().password(),
                "code", "123456"));
    }

    @Test
    void aCodeOfTheWrongTypeIsABadRequest() {
        Enrolled erin = enrolled("erin");
        WireClient.assertError("bad_request", login(erin.who(), "totp", 123456));
    }
}
