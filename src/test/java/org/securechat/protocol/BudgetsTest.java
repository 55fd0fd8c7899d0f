package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/**
 * Every op spends from a budget of its session (and registrations from one of their address): past
 * it, rate_limited with when to retry, and nothing done; after the wait, the op works again.
 */
@QuarkusTest
@TestProfile(BudgetsProfile.class)
class BudgetsTest extends ProtocolTestBase {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    TestClock clock;

    /** A new account, registered from an address of its own: registrations are budgeted per address. */
    private WireClient member(String prefix) {
        WireClient client = connect(Dial.DEFAULT.from("127.0.1." + ADDRESSES.incrementAndGet()));
        assertOk(client.register(Credentials.fresh(prefix)));
        return client;
    }

    @Test
    void joinsAndLeavesAreBudgeted() {
        WireClient member = member("joiner");
        String room = Credentials.unique("busy");
        member.ok("join", "room", "general");
        member.ok("join", "room", room);
        member.ok("leave", "room", room);
        long wait = limited(member.request("join", "room", room));
        clock.advance(Duration.ofSeconds(wait));
        member.ok("join", "room", room);
    }

    @Test
    void creatingRoomsHasABudgetOfItsOwnAndJoiningOnesThatExistDoesNot() {
        WireClient creator = member("creator");
        String existing = Credentials.unique("old");
        member("founder").ok("join", "room", existing);
        creator.ok("join", "room", Credentials.unique("new"));
        creator.ok("join", "room", Credentials.unique("new"));
        limited(creator.request("join", "room", Credentials.unique("new")));
        clock.advance(Duration.ofSeconds(10)); // a join again, not yet a new room
        limited(creator.request("join", "room", Credentials.unique("new")));
        clock.advance(Duration.ofSeconds(10));
        creator.ok("join", "room", existing);
    }

    @Test
    void queriesAreBudgeted() {
        WireClient asker = member("asker");
        for (int i = 0; i < BudgetsProfile.QUERIES; i++) {
            asker.ok(i % 2 == 0 ? "rooms" : "users");
        }
        long wait = limited(asker.request("history", "room", "general"));
        clock.advance(Duration.ofSeconds(wait));
        asker.ok("users");
    }

    @Test
    void historyIsBudgetedByTheBytesItSends() {
        WireClient writer = member("writer");
        String room = Credentials.unique("long");
        writer.ok("join", "room", room);
        String text = "x".repeat(4000);
        for (int i = 0; i < 8; i++) {
            writer.ok("send", "room", room, "text", text);
        }
        WireClient reader = member("reader");
        reader.ok("join", "room", room);
        reader.ok("history", "room", room); // about 33 KB of the 40 KB budget
        long wait = limited(reader.request("history", "room", room));
        clock.advance(Duration.ofSeconds(wait));
        reader.ok("history", "room", room);
    }

    @Test
    void loginAttemptsArePerSessionBudgeted() {
        Credentials who = Credentials.fresh("retry");
        WireClient session = connect(Dial.DEFAULT.from("127.0.1." + ADDRESSES.incrementAndGet()));
        assertOk(session.register(who));
        session.quit();
        session = connect();
        Credentials wrong = new Credentials(who.user(), "not it");
        WireClient.assertError("bad_credentials", session.login(wrong));
        WireClient.assertError("bad_credentials", session.login(wrong));
        long wait = limited(session.login(who));
        clock.advance(Duration.ofSeconds(wait));
        assertOk(session.login(who));
    }

    @Test
    void pingsAreBudgeted() {
        WireClient pinger = connect();
        for (int i = 0; i < BudgetsProfile.PINGS; i++) {
            pinger.sync();
        }
        limited(pinger.request("ping"));
    }

    @Test
    void registrationsAreBudgetedPerAddress() {
        for (int i = 0; i < BudgetsProfile.REGISTRATIONS; i++) {
            assertOk(connect(Dial.DEFAULT.from("127.0.0.40")).register(Credentials.fresh("mint")));
        }
        limited(connect(Dial.DEFAULT.from("127.0.0.40")).register(Credentials.fresh("mint")));
        assertOk(connect(Dial.DEFAULT.from("127.0.0.41")).register(Credentials.fresh("other")));
    }

    /** Asserts a rate_limited refusal and returns its retry_after_s. */
    private static long limited(JsonNode reply) {
        WireClient.assertError("rate_limited", reply);
        long seconds = reply.path("retry_after_s").asLong();
        assertTrue(seconds >= 1, reply::toString);
        return seconds;
    }
}
