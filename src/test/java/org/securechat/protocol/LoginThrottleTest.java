package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;
import org.securechat.chat.AuditEntry;
import org.securechat.chat.AuditQuery;
import org.securechat.chat.port.AuditTrail;

/**
 * Failed logins slow, then block, their source, never the account attacked: the right password
 * from a clean address always gets in. Each test fails from loopback addresses of its own, so the
 * others are not slowed. The waits pass on the chat's clock, moved forward, not slept through.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class LoginThrottleTest extends ProtocolTestBase {
    private static final int FREE = LimitsProfile.FREE_FAILURES;

    @Inject
    TestClock clock;

    @Inject
    AuditTrail audit;

    @Test
    void failuresSlowTheirSourceAndNeverLockTheAccountOut() {
        Credentials victim = Credentials.fresh("victim");
        registered(victim).quit();
        WireClient attacker = connect(Dial.DEFAULT.from("127.0.0.2"));
        Credentials wrong = new Credentials(victim.user(), "a wrong guess");
        for (int i = 0; i <= FREE; i++) {
            WireClient.assertError("bad_credentials", attacker.login(wrong));
        }
        long firstWait = throttled(attacker.login(victim)); // from the attacker's address, even the right one waits
        assertOk(connect(Dial.DEFAULT.from("127.0.0.3")).login(victim)); // the victim, elsewhere, gets in

        clock.advance(Duration.ofSeconds(firstWait));
        WireClient.assertError("bad_credentials", attacker.login(wrong));
        long secondWait = throttled(attacker.login(victim));
        assertTrue(secondWait > firstWait, () -> "the wait grows: " + firstWait + " s, then " + secondWait + " s");

        clock.advance(Duration.ofSeconds(secondWait));
        assertOk(attacker.login(victim)); // slowed, not locked: after the wait the right password works
    }

    @Test
    void simultaneousGuessesAreCountedBeforeAnyIsChecked() {
        Credentials victim = Credentials.fresh("raced");
        registered(victim).quit();
        List<WireClient> guessers = IntStream.range(0, 40).mapToObj(i -> connect(Dial.DEFAULT.from("127.0.0.4"))).toList();
        for (int i = 0; i < guessers.size(); i++) {
            String password = i == guessers.size() - 1 ? victim.password() : "wrong guess " + i;
            guessers.get(i).send(WireClient.frame("login", "id", 1, "user", victim.user(), "password", password,
                    "server_password", serverPassword.current()));
        }
        List<JsonNode> replies = guessers.stream().map(guesser -> guesser.reply(1)).toList();
        long checked = replies.stream().filter(r -> !"too_many_attempts".equals(r.path("code").asText())).count();
        assertTrue(checked <= FREE + 1, () -> checked + " of 40 simultaneous guesses were checked: " + replies);
        assertEquals(40, replies.size());
    }

    @Test
    void aBurstWithNoUserNameClosesRegistrationOnlyToItsSource() {
        WireClient scanner = connect(Dial.DEFAULT.from("127.0.0.5"));
        for (int i = 0; i <= FREE; i++) {
            WireClient.assertError("bad_credentials", scanner.login(new Credentials("", "any password")));
        }
        throttled(scanner.register(Credentials.fresh("late")));
        assertOk(connect(Dial.DEFAULT.from("127.0.0.6")).register(Credentials.fresh("newcomer")));
    }

    @Test
    void aWrongServerPasswordCountsAgainstItsSource() {
        WireClient prober = connect(Dial.DEFAULT.from("127.0.0.7"));
        for (int i = 0; i <= FREE; i++) {
            WireClient.assertError("bad_server_password", prober.request("register", "user", Credentials.unique("p"),
                    "password", "a-good-password", "server_password", "not-the-password"));
        }
        throttled(prober.register(Credentials.fresh("prober")));
    }

    /** The audit trail gets a row per failure the throttle let through, and one per wait, however many it refuses. */
    @Test
    void aWaitIsOneAuditEntryHoweverManyAttemptsItRefuses() {
        String source = "127.0.0.8";
        Credentials victim = Credentials.fresh("audited");
        registered(victim).quit();
        WireClient attacker = connect(Dial.DEFAULT.from(source));
        Credentials wrong = new Credentials(victim.user(), "a wrong guess");
        for (int i = 0; i <= FREE; i++) {
            WireClient.assertError("bad_credentials", attacker.login(wrong));
        }
        long firstWait = throttled(attacker.login(wrong));
        for (int i = 0; i < 30; i++) {
            throttled(attacker.login(victim));
        }
        clock.advance(Duration.ofSeconds(firstWait));
        WireClient.assertError("bad_credentials", attacker.login(wrong));
        for (int i = 0; i < 30; i++) {
            throttled(attacker.login(wrong));
        }
        registered(Credentials.fresh("settles")).ok("send", "room", "general", "text", "entries before me are committed");

        List<AuditEntry> fromSource = audit.page(AuditQuery.of(null, 1000L, null, null)).join().stream()
                .filter(e -> e.event().source().equals(source)).toList();
        assertEquals(2, fromSource.stream().filter(e -> e.event().action().equals("login_throttled")).count(),
                fromSource::toString);
        assertEquals(FREE + 2, fromSource.stream().filter(e -> e.event().action().equals("login_failed")).count(),
                fromSource::toString);
        assertEquals(FREE + 4, fromSource.size(), fromSource::toString);
    }

    /** A client retrying a token whose successor it never got must not slow its address down. */
    @Test
    void refusedResumesAreNotCountedAsFailedLogins() {
        Credentials who = Credentials.fresh("retrier");
        registered(who).quit();
        WireClient retrier = connect(Dial.DEFAULT.from("127.0.0.9"));
        for (int i = 0; i <= 3 * FREE; i++) {
            WireClient.assertError("bad_token", retrier.request("resume", "user", who.user(), "token", "stale-" + i));
        }
        assertOk(retrier.login(who));
    }

    /** Asserts a too_many_attempts refusal and returns its retry_after_s. */
    private static long throttled(JsonNode reply) {
        WireClient.assertError("too_many_attempts", reply);
        long seconds = reply.path("retry_after_s").asLong();
        assertTrue(seconds >= 1, reply::toString);
        return seconds;
    }
}
