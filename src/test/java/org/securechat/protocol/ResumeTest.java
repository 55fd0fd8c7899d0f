package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;
import org.securechat.chat.AuditEntry;
import org.securechat.chat.AuditQuery;
import org.securechat.chat.SessionTokens;
import org.securechat.chat.port.AuditTrail;

/** resume and logout: tokens issued at login and register, rotated, expiring, revoked, refused alike. */
@QuarkusTest
class ResumeTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    @Inject
    AuditTrail audit;

    @Test
    void loginAndRegisterGiveATokenAndADeviceId() {
        Credentials who = Credentials.fresh("tok");
        JsonNode registered = assertOk(connect().register(who));
        assertTrue(registered.path("resume_token").asText().length() >= 43, registered::toString);
        assertTrue(registered.path("device_id").asText().length() >= 8, registered::toString);

        JsonNode login = assertOk(connect().login(who, "device_id", "my-laptop-01"));
        assertEquals("my-laptop-01", login.path("device_id").asText(), "a well-formed device id is kept");
        assertNotEquals(registered.path("resume_token").asText(), login.path("resume_token").asText());
        JsonNode minted = assertOk(connect().login(who, "device_id", "bad id!"));
        assertNotEquals("bad id!", minted.path("device_id").asText(), "a malformed one is replaced");
    }

    @Test
    void aResumeEntersLikeALoginWithoutTheServerPasswordAndRotatesTheToken() {
        Credentials who = Credentials.fresh("back");
        WireClient first = registered(who);
        first.ok("join", "room", "resumers");
        JsonNode login = assertOk(connect().login(who, "device_id", "device-one"));
        String token = login.path("resume_token").asText();

        JsonNode resumed = connect().ok("resume", "user", who.user(), "token", token);
        assertEquals(who.user(), resumed.path("user").asText());
        assertEquals(List.of("general", "resumers"), Frames.strings(resumed.path("rooms")));
        assertEquals("device-one", resumed.path("device_id").asText(), "the token's device id, when none is given");
        String next = resumed.path("resume_token").asText();
        assertNotEquals(token, next);
        connect().refused("bad_token", "resume", "user", who.user(), "token", token);
        WireClient back = connect();
        back.ok("resume", "user", who.user(), "token", next);
        back.ok("send", "room", "resumers", "text", "a resumed session is in its rooms");
    }

    @Test
    void twoResumesRacingWithOneTokenLetExactlyOneIn() {
        Credentials who = Credentials.fresh("race");
        registered(who);
        String raced = assertOk(connect().login(who)).path("resume_token").asText();
        List<WireClient> clients = IntStream.range(0, 4).mapToObj(i -> connect()).toList();
        List<JsonNode> replies = clients.stream()
                .map(c -> CompletableFuture.supplyAsync(() -> c.request("resume", "user", who.user(), "token", raced)))
                .toList().stream().map(CompletableFuture::join).toList();
        assertEquals(1, replies.stream().filter(r -> "ok".equals(r.path("type").asText())).count(), replies::toString);
        assertEquals(3, replies.stream().filter(r -> "bad_token".equals(r.path("code").asText())).count(),
                replies::toString);
    }

    @Test
    void everyRefusalReadsTheSame() {
        Credentials who = Credentials.fresh("same");
        registered(who);
        String token = assertOk(connect().login(who)).path("resume_token").asText();
        Credentials other = Credentials.fresh("other");
        registered(other);
        JsonNode wrongUser = connect().refused("bad_token", "resume", "user", other.user(), "token", token);
        JsonNode unknown = connect().refused("bad_token", "resume", "user", who.user(), "token", "no-such-token");
        JsonNode noUser = connect().refused("bad_token", "resume", "user", "nobody-here-" + who.user(), "token", token);
        assertEquals(unknown.path("message").asText(), wrongUser.path("message").asText());
        assertEquals(unknown.path("message").asText(), noUser.path("message").asText());
        connect().ok("resume", "user", who.user(), "token", token); // refusals for others left it live
        connect().refused("bad_request", "resume", "user", who.user());
    }

    @Test
    void aTokenUnusedForTheTtlIsRefused() {
        Credentials who = Credentials.fresh("old");
        registered(who);
        String stale = assertOk(connect().login(who)).path("resume_token").asText();
        clock.advance(Duration.ofDays(29));
        String renewed = connect().ok("resume", "user", who.user(), "token", stale).path("resume_token").asText();
        String unused = assertOk(connect().login(who)).path("resume_token").asText();
        clock.advance(Duration.ofDays(29));
        connect().ok("resume", "user", who.user(), "token", renewed); // used 29 days ago: still live
        clock.advance(Duration.ofDays(2));
        connect().refused("bad_token", "resume", "user", who.user(), "token", unused); // unused for 31 days
    }

    @Test
    void logoutRevokesThisSessionsTokenOnlyAndCloses() {
        Credentials who = Credentials.fresh("bye");
        registered(who);
        WireClient leaving = connect();
        String mine = assertOk(leaving.login(who)).path("resume_token").asText();
        String other = assertOk(connect().login(who)).path("resume_token").asText();
        leaving.ok("logout");
        leaving.awaitClosed(Duration.ofSeconds(10));
        connect().refused("bad_token", "resume", "user", who.user(), "token", mine);
        connect().ok("resume", "user", who.user(), "token", other);
        connect().refused("auth_required", "logout");
    }

    @Test
    void passwdRevokesEveryTokenButTheCallers() {
        Credentials who = Credentials.fresh("pw");
        registered(who);
        WireClient changing = connect();
        String mine = assertOk(changing.login(who)).path("resume_token").asText();
        String other = assertOk(connect().login(who)).path("resume_token").asText();
        changing.ok("passwd", "old", who.password(), "new", "a new fine password");
        connect().refused("bad_token", "resume", "user", who.user(), "token", other);
        connect().ok("resume", "user", who.user(), "token", mine);
    }

    @Test
    void anAccountKeepsItsNewest32Tokens() {
        Credentials who = Credentials.fresh("many");
        registered(who);
        clock.advance(Duration.ofMillis(5));
        String oldest = assertOk(connect().login(who)).path("resume_token").asText();
        clock.advance(Duration.ofMillis(5));
        String second = assertOk(connect().login(who)).path("resume_token").asText();
        // With register's and these two, 34 tokens: register's and the oldest login's go.
        for (int i = 0; i < SessionTokens.MAX_PER_ACCOUNT - 1; i++) {
            clock.advance(Duration.ofMillis(5));
            assertOk(connect().login(who));
            closeClients();
        }
        connect().refused("bad_token", "resume", "user", who.user(), "token", oldest);
        connect().ok("resume", "user", who.user(), "token", second);
    }

    @Test
    void resumesRefusalsAndLogoutsAreAudited() {
        Credentials who = Credentials.fresh("aud");
        registered(who);
        String token = assertOk(connect().login(who)).path("resume_token").asText();
        WireClient back = connect();
        String next = back.ok("resume", "user", who.user(), "token", token).path("resume_token").asText();
        connect().refused("bad_token", "resume", "user", who.user(), "token", token);
        back.ok("logout");
        registered(Credentials.fresh("settles")).ok("send", "room", "general", "text", "entries before me are committed");
        List<AuditEntry> mine = audit.page(AuditQuery.of(null, 1000L, null, null)).join().stream()
                .filter(e -> who.user().equals(e.event().target())).toList();
        List<String> actions = mine.stream().map(e -> e.event().action()).toList();
        assertTrue(actions.containsAll(List.of("resume", "resume_failed", "logout")), actions::toString);
        assertTrue(mine.stream().noneMatch(e -> String.valueOf(e.event().detail()).contains(token)
                || String.valueOf(e.event().detail()).contains(next)), "no token in the trail");
    }
}
