package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** away: set, shown in presence and users, kept across logins, cleared; and its input rules. */
@QuarkusTest
class AwayTest extends ProtocolTestBase {

    @Test
    void awayIsToldToEveryoneAndShownInUsersUntilCleared() {
        WireClient watcher = newUser("watch");
        Credentials annLogin = Credentials.fresh("ann");
        WireClient ann = registered(annLogin);

        ann.ok("away", "text", "at lunch 🍜");
        JsonNode set = watcher.awaitEvent("presence", Frames.about(ann.user()).and(e -> e.has("away")));
        assertTrue(set.path("online").asBoolean(), set::toString);
        assertEquals("at lunch 🍜", set.path("away").asText());
        assertEquals("at lunch 🍜", entry(watcher, ann.user()).path("away").asText());

        ann.quit();
        watcher.awaitEvent("presence", Frames.wentOffline(ann.user()));
        watcher.takeKept("presence", Frames.about(ann.user())); // the first arrival's
        WireClient again = loggedIn(annLogin);
        JsonNode back = watcher.awaitEvent("presence", Frames.about(ann.user()).and(e -> e.path("online").asBoolean()));
        assertEquals("at lunch 🍜", back.path("away").asText(), "away is kept until cleared: " + back);

        again.ok("away");
        JsonNode cleared = watcher.awaitEvent("presence", Frames.about(ann.user()).and(e -> !e.has("away")));
        assertTrue(cleared.path("online").asBoolean(), cleared::toString);
        assertTrue(entry(watcher, ann.user()).path("away").isMissingNode());
        again.ok("away", "text", "brb");
        again.ok("away", "text", "   ");
        watcher.awaitEvent("presence", Frames.about(ann.user()).and(e -> "brb".equals(e.path("away").asText())));
        watcher.awaitEvent("presence", Frames.about(ann.user()).and(e -> !e.has("away")));
    }

    @Test
    void awayTextFollowsTheInputRules() {
        WireClient ann = newUser("ann");
        ann.refused("bad_request", "away", "text", "x".repeat(201));
        ann.refused("bad_request", "away", "text", "evil\u202Etxt");
        ann.refused("bad_request", "away", "text", "bell\u0007");
        ann.refused("bad_request", "away", "text", 5);
        ann.ok("away", "text", "y".repeat(200));
        connect().refused("auth_required", "away", "text", "gone");
    }

    private static JsonNode entry(WireClient asker, String user) {
        return Frames.find(asker.ok("users", "limit", 500).path("users"), "user", user).orElseThrow();
    }
}
