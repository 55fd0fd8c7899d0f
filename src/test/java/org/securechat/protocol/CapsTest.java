package org.securechat.protocol;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What one account may hold, at the defaults: 10 sessions (chat.limits.sessions-per-account) and 50
 * rooms (chat.limits.rooms-per-account). Past either, limit_reached, and nothing changes.
 */
@QuarkusTest
class CapsTest extends ProtocolTestBase {
    private static final int SESSIONS = 10;
    private static final int ROOMS = 50;

    @Test
    void anAccountHasAtMostTenSessions() {
        Credentials who = Credentials.fresh("many");
        List<WireClient> sessions = IntStream.range(0, SESSIONS)
                .mapToObj(i -> i == 0 ? registered(who) : loggedIn(who)).toList();
        WireClient eleventh = connect();
        WireClient.assertError("limit_reached", eleventh.login(who));
        eleventh.sync(); // refused, not closed: it may try again
        sessions.get(0).quit();
        assertOk(eleventh.login(who));
    }

    @Test
    void anAccountIsInAtMostFiftyRooms() {
        WireClient joiner = newUser("rooms");
        String prefix = Credentials.unique("cap");
        for (int i = 1; i < ROOMS; i++) { // general is the first
            joiner.ok("join", "room", prefix + "-" + i);
        }
        WireClient.assertError("limit_reached", joiner.request("join", "room", prefix + "-over"));
        joiner.ok("join", "room", prefix + "-1"); // a room already joined is fine
        joiner.ok("leave", "room", prefix + "-1");
        joiner.ok("join", "room", prefix + "-over");
    }
}
