package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/** Invites over the protocol: minted by an admin, one register each in place of the server password, expiring. */
@QuarkusTest
@TestProfile(AdminProfile.class)
class InvitesTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    private JsonNode registerWith(String invite, Credentials who) {
        return connect().request("register", "user", who.user(), "password", who.password(), "invite", invite);
    }

    private static void assertBadInvite(String message, JsonNode reply) {
        WireClient.assertError("bad_invite", reply);
        assertEquals(message, reply.path("message").asText(), reply::toString);
    }

    @Test
    void anInviteRegistersOneAccountInPlaceOfTheServerPassword() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        JsonNode minted = admin.ok("invite");
        String invite = minted.path("invite").asText();
        assertTrue(invite.matches("[0-9a-f]{32}"), minted::toString);
        assertTrue(minted.path("expires_at").asText().endsWith("Z"), minted::toString);

        WireClient.assertError("user_exists", registerWith(invite, AdminProfile.ADMIN));
        Credentials invited = Credentials.fresh("invited");
        JsonNode in = assertOk(registerWith(invite.toUpperCase(), invited));
        assertEquals(invited.user(), in.path("user").asText(), "a failed register gave the invite back; case does not matter");
        assertBadInvite("this invite has been used", registerWith(invite, Credentials.fresh("second")));
        assertBadInvite("no such invite", registerWith("0123456789abcdef0123456789abcdef", Credentials.fresh("guess")));
        assertOk(connect().login(invited));
        assertOk(connect().register(Credentials.fresh("classic"))); // the server password still works
    }

    @Test
    void anInviteExpiresOnTheChatsClock() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        String invite = admin.ok("invite", "ttl_s", 60).path("invite").asText();
        clock.advance(Duration.ofSeconds(61));
        assertBadInvite("this invite has expired", registerWith(invite, Credentials.fresh("late")));
        admin.refused("bad_request", "invite", "ttl_s", 0);
        admin.refused("bad_request", "invite", "ttl_s", 90L * 86_400 + 1);
        newUser("plain").refused("forbidden", "invite");
    }
}
