package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** join, leave, rooms and users, and the room refusals. */
@QuarkusTest
class RoomOpsTest extends ProtocolTestBase {

    @Test
    void joinCreatesTheRoomStripsOneHashAndTellsTheMembers() {
        String room = Credentials.unique("room");
        WireClient ann = newUser("ann");
        JsonNode created = ann.ok("join", "room", "#" + room);
        assertEquals(room, created.path("room").asText());
        assertEquals(List.of(ann.user()), Frames.strings(created.path("members")));

        WireClient bob = newUser("bob");
        JsonNode joined = bob.ok("join", "room", room);
        assertEquals(Set.of(ann.user(), bob.user()), Set.copyOf(Frames.strings(joined.path("members"))));
        JsonNode event = ann.awaitEvent("joined", Frames.about(bob.user()));
        assertEquals(room, event.path("room").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"##twohashes", "Upper", "", "#", "has space", "dots.no", "abcdefghijklmnopqrstuvwxyz0123456", "émoji"})
    void refusesABadRoomName(String room) {
        newUser("badroom").refused("bad_request", "join", "room", room);
    }

    @Test
    void refusesAJoinWithoutARoom() {
        newUser("noroom").refused("bad_request", "join");
    }

    @Test
    void roomsListsMemberCountsAndWhetherTheAskerJoined() {
        String room = Credentials.unique("listed");
        WireClient ann = newUser("ann");
        ann.ok("join", "room", room);
        newUser("bob").ok("join", "room", room);
        WireClient outsider = newUser("out");

        JsonNode mine = roomEntry(ann.ok("rooms"), room);
        assertEquals(2, mine.path("members").asInt(), mine::toString);
        assertTrue(mine.path("joined").asBoolean(), mine::toString);
        JsonNode theirs = roomEntry(outsider.ok("rooms"), room);
        assertEquals(2, theirs.path("members").asInt(), theirs::toString);
        assertFalse(theirs.path("joined").asBoolean(true), theirs::toString);
        assertTrue(roomEntry(outsider.ok("rooms"), "general").path("joined").asBoolean(), "new accounts are in general");
    }

    @Test
    void leaveEndsTheMembershipAndTellsTheRoom() {
        String room = Credentials.unique("leave");
        WireClient ann = newUser("ann");
        WireClient bob = newUser("bob");
        ann.ok("join", "room", room);
        bob.ok("join", "room", room);

        assertEquals(room, ann.ok("leave", "room", "#" + room).path("room").asText());
        JsonNode left = bob.awaitEvent("left", Frames.about(ann.user()));
        assertEquals(room, left.path("room").asText());
        ann.refused("not_in_room", "send", "room", room, "text", "still here?");
        ann.refused("not_in_room", "leave", "room", room);
        JsonNode entry = roomEntry(ann.ok("rooms"), room);
        assertFalse(entry.path("joined").asBoolean(true), entry::toString);
        assertEquals(1, entry.path("members").asInt(), entry::toString);
    }

    @Test
    void refusesRoomsThatDoNotExistOrAreNotJoined() {
        String missing = Credentials.unique("missing");
        String closed = Credentials.unique("closed");
        newUser("owner").ok("join", "room", closed);
        WireClient client = newUser("stranger");
        client.refused("no_such_room", "send", "room", missing, "text", "hello?");
        client.refused("no_such_room", "leave", "room", missing);
        client.refused("no_such_room", "history", "room", missing);
        client.refused("no_such_room", "users", "room", missing);
        client.refused("not_in_room", "send", "room", closed, "text", "let me in");
        client.refused("not_in_room", "history", "room", closed);
    }

    @Test
    void membershipsPersistAcrossSessions() {
        Credentials who = Credentials.fresh("persist");
        String room = Credentials.unique("kept");
        WireClient first = registered(who);
        first.ok("join", "room", room);
        first.quit();
        JsonNode again = assertOk(connect().login(who));
        assertEquals(Set.of("general", room), Set.copyOf(Frames.strings(again.path("rooms"))));
    }

    @Test
    void usersListsOnlineUsersOptionallyInOneRoom() {
        String room = Credentials.unique("who");
        WireClient ann = newUser("ann");
        WireClient bob = newUser("bob");
        Credentials gone = Credentials.fresh("gone");
        registered(gone).quit();
        ann.awaitEvent("presence", Frames.wentOffline(gone.user()));
        ann.ok("join", "room", room);

        JsonNode everyone = ann.ok("users").path("users");
        assertTrue(Frames.find(everyone, "user", bob.user()).isPresent(), everyone::toString);
        assertTrue(Frames.find(everyone, "user", gone.user()).isEmpty(), "offline users are not listed: " + everyone);
        JsonNode annEntry = Frames.find(everyone, "user", ann.user()).orElseThrow();
        assertFalse(annEntry.path("admin").asBoolean(true), annEntry::toString);
        assertEquals(Set.of("general", room), Set.copyOf(Frames.strings(annEntry.path("rooms"))));

        JsonNode inRoom = ann.ok("users", "room", "#" + room).path("users");
        assertEquals(List.of(ann.user()), Frames.elements(inRoom).map(u -> u.path("user").asText()).toList());
    }

    private static JsonNode roomEntry(JsonNode reply, String room) {
        return Frames.find(reply.path("rooms"), "name", room)
                .orElseThrow(() -> new AssertionError("no room " + room + " in " + reply));
    }
}
