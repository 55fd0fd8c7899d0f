package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/** ban, unban and bans over the protocol: what the banned user sees, how a timed ban ends, each refusal. */
@QuarkusTest
@TestProfile(AdminProfile.class)
class BansTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    @Test
    void aBanClosesEverySessionAndRefusesLoginUntilLifted() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        Credentials target = Credentials.fresh("banned");
        List<WireClient> sessions = List.of(registered(target), loggedIn(target));

        JsonNode set = admin.ok("ban", "user", target.user().toUpperCase(), "reason", "spamming");
        assertEquals(target.user(), set.path("user").asText());
        assertEquals(AdminProfile.ADMIN.user(), set.path("by").asText());
        assertEquals("spamming", set.path("reason").asText());
        assertTrue(set.path("until").isMissingNode(), "a ban until lifted has no end: " + set);
        for (WireClient session : sessions) {
            JsonNode kicked = session.awaitEvent("kicked", k -> true);
            assertEquals(AdminProfile.ADMIN.user(), kicked.path("by").asText());
            assertEquals("banned: spamming", kicked.path("reason").asText());
            session.awaitClosed(WireClient.WAIT);
        }

        JsonNode refused = connect().login(target);
        WireClient.assertError("banned", refused);
        assertEquals("banned: spamming", refused.path("message").asText());
        assertTrue(refused.path("retry_after_s").isMissingNode(), refused::toString);
        WireClient.assertError("bad_credentials", connect().login(new Credentials(target.user(), "not the password")));
        JsonNode listed = Frames.find(admin.ok("bans").path("bans"), "user", target.user()).orElseThrow();
        assertEquals("spamming", listed.path("reason").asText());

        assertOk(admin.request("unban", "user", target.user()));
        assertOk(connect().login(target));
        assertTrue(Frames.find(admin.ok("bans").path("bans"), "user", target.user()).isEmpty());
        admin.refused("not_banned", "unban", "user", target.user());
    }

    @Test
    void aBanEndsTheAccountsResumeTokensSoNoBannedSessionComesBack() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        Credentials target = Credentials.fresh("resumer");
        registered(target).quit();
        String token = assertOk(connect().login(target)).path("resume_token").asText();

        admin.ok("ban", "user", target.user(), "reason", "spamming");
        WireClient.assertError("banned", connect().request("resume", "user", target.user(), "token", token));
        assertOk(admin.request("unban", "user", target.user()));
        WireClient.assertError("bad_token", connect().request("resume", "user", target.user(), "token", token));
        assertOk(connect().login(target));
    }

    @Test
    void aTimedBanTellsHowLongItLastsAndEndsByItself() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        Credentials target = Credentials.fresh("timed");
        registered(target).quit();

        JsonNode set = admin.ok("ban", "user", target.user(), "duration_s", 3600);
        assertTrue(set.path("until").asText().endsWith("Z"), set::toString);
        JsonNode refused = connect().login(target);
        WireClient.assertError("banned", refused);
        long left = refused.path("retry_after_s").asLong();
        assertTrue(left > 3500 && left <= 3600, refused::toString);
        assertTrue(refused.path("message").asText().startsWith("banned until "), refused::toString);

        clock.advance(Duration.ofSeconds(3601));
        assertOk(connect().login(target));
        assertTrue(Frames.find(admin.ok("bans").path("bans"), "user", target.user()).isEmpty(), "an ended ban is not listed");
        admin.refused("not_banned", "unban", "user", target.user());
    }

    @Test
    void aBanNeedsAnAdminAKnownUserOtherThanOneselfAndASaneDuration() {
        WireClient admin = loggedIn(AdminProfile.ADMIN);
        WireClient member = newUser("plain");
        admin.refused("forbidden", "ban", "user", AdminProfile.ADMIN.user());
        admin.refused("no_such_user", "ban", "user", Credentials.unique("nobody"));
        admin.refused("no_such_user", "unban", "user", Credentials.unique("nobody"));
        admin.refused("bad_request", "ban", "user", member.user(), "duration_s", 0);
        admin.refused("bad_request", "ban");
        member.refused("forbidden", "ban", "user", member.user());
        member.refused("forbidden", "unban", "user", member.user());
        member.refused("forbidden", "bans");
        assertFalse(Frames.find(admin.ok("users").path("users"), "user", member.user()).isEmpty(), "still online");
    }
}
