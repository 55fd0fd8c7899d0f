package org.securechat.protocol;

import static org.securechat.admin.PinnedHttps.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/**
 * chat.totp.required-for-admins: an admin without TOTP gets a session that may only set it up, and
 * is in the chat once it is on; users are not affected.
 */
@QuarkusTest
@TestProfile(TotpRequiredProfile.class)
class TotpRequiredForAdminsTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    @Test
    void anAdminWithoutTotpMaySetItUpAndNothingElseUntilItIsOn() {
        WireClient watcher = newUser("watcher");
        WireClient root = connect();
        JsonNode in = assertOk(root.login(TotpRequiredProfile.ROOT));
        assertTrue(in.path("totp_setup_required").asBoolean(), in::toString);
        assertTrue(in.path("admin").asBoolean());
        assertEquals(0, in.path("rooms").size(), "not in the chat yet");

        JsonNode refused = WireClient.assertError("forbidden", root.request("send", "room", "general", "text", "hi"));
        assertTrue(refused.path("message").asText().contains("totp_setup"), refused::toString);
        WireClient.assertError("forbidden", root.request("users"));
        WireClient.assertError("forbidden", root.request("kick", "user", "watcher"));
        WireClient.assertError("forbidden", root.request("login", "user", "root", "password", "x", "server_password", "y"));
        WireClient.assertError("forbidden", root.request("no_such_op"));
        assertEquals("pong", root.request("ping").path("type").asText());
        given().auth().preemptive().basic(TotpRequiredProfile.ROOT.user(), TotpRequiredProfile.ROOT.password())
                .when().get("/api/admin/users").then().statusCode(403)
                .body("error", containsString("two-factor"));

        clock.advance(Duration.ofSeconds(40)); // past the login deadline of a connection that never logged in
        assertEquals("pong", root.request("ping").path("type").asText(), "setting up is not idling before login");

        Authenticator app = Authenticator.of(root.ok("totp_setup", "password", TotpRequiredProfile.ROOT.password()));
        JsonNode enabled = root.ok("totp_enable", "code", app.code(clock));
        assertEquals(10, enabled.path("recovery_codes").size());
        assertEquals("general", enabled.path("rooms").get(0).asText(), enabled::toString);
        watcher.awaitEvent("presence", e -> "root".equals(e.path("user").asText()) && e.path("online").asBoolean());
        root.ok("send", "room", "general", "text", "in with two factors");

        WireClient.assertError("forbidden", root.request("totp_disable", "password",
                TotpRequiredProfile.ROOT.password(), "recovery_code", enabled.path("recovery_codes").get(0).asText()));
        JsonNode later = assertOk(connect().request("login", "user", "root", "password", TotpRequiredProfile.ROOT.password(),
                "server_password", serverPassword.current(), "recovery_code", enabled.path("recovery_codes").get(1).asText()));
        assertFalse(later.has("totp_setup_required"), later::toString);
    }

    @Test
    void usersAreNotAsked() {
        Credentials who = Credentials.fresh("plain");
        registered(who).quit();
        JsonNode in = assertOk(connect().login(who));
        assertFalse(in.has("totp_setup_required"), in::toString);
    }
}
