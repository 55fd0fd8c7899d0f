package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several clients at once: fan-out, presence, DMs to every session, history across senders. */
@QuarkusTest
class MultiClientTest extends ProtocolTestBase {

    @Test
    void aRoomMessageReachesEveryMemberAndNoOneElse() {
        String room = Credentials.unique("fan");
        List<WireClient> members = List.of(newUser("m1"), newUser("m2"), newUser("m3"));
        members.forEach(m -> m.ok("join", "room", room));
        WireClient outsider = newUser("out");

        WireClient sender = members.get(0);
        long msgId = sender.ok("send", "room", room, "text", "to the room").path("message").path("msg_id").asLong();
        for (WireClient member : members) {
            JsonNode received = member.awaitEvent("message", Frames.text("to the room"));
            assertEquals(msgId, received.path("msg_id").asLong());
            assertEquals(sender.user(), received.path("from").asText());
            assertEquals(room, received.path("room").asText());
        }
        // A later message to a room the outsider is in: by the time it arrives, the first would have too.
        sender.ok("send", "room", "general", "text", "barrier " + room);
        outsider.awaitEvent("message", Frames.text("barrier " + room));
        assertTrue(outsider.takeKept("message", m -> room.equals(m.path("room").asText())).isEmpty(),
                "a non-member must not receive the room's messages");
    }

    @Test
    void presenceIsAnnouncedForAnAccountsFirstSessionInAndLastOut() {
        WireClient observer = newUser("obs");
        Credentials twice = Credentials.fresh("two");
        WireClient first = registered(twice);
        JsonNode online = observer.awaitEvent("presence", Frames.about(twice.user()));
        assertTrue(online.path("online").asBoolean(), online::toString);

        WireClient second = loggedIn(twice);
        second.quit();
        first.sync(); // the account is still online through its first session
        first.quit();
        JsonNode offline = observer.awaitEvent("presence", Frames.wentOffline(twice.user()));
        assertEquals("quit", offline.path("reason").asText("quit"), offline::toString);
        assertTrue(observer.takeKept("presence", Frames.about(twice.user())).isEmpty(),
                "the second session's login and logout must not be announced");
    }

    @Test
    void aDmReachesEverySessionOfBothUsers() {
        Credentials ann = Credentials.fresh("ann");
        Credentials bob = Credentials.fresh("bob");
        List<WireClient> sessions = List.of(registered(ann), loggedIn(ann), registered(bob), loggedIn(bob));
        WireClient bystander = newUser("by");

        JsonNode stored = sessions.get(1).ok("dm", "to", bob.user(), "text", "to all of you").path("message");
        for (WireClient session : sessions) {
            JsonNode received = session.awaitEvent("message", Frames.text("to all of you"));
            assertEquals(stored.path("msg_id"), received.path("msg_id"));
            assertEquals(ann.user(), received.path("from").asText());
            assertEquals(bob.user(), received.path("to").asText());
        }
        sessions.get(3).ok("dm", "to", bystander.user(), "text", "barrier");
        bystander.awaitEvent("message", Frames.text("barrier"));
        assertTrue(bystander.takeKept("message", Frames.text("to all of you")).isEmpty(), "a DM goes to its two users only");
    }

    @Test
    void historyKeepsTheOrderOfInterleavedSendersAndPagesThroughIt() {
        String room = Credentials.unique("order");
        List<WireClient> senders = List.of(newUser("s1"), newUser("s2"), newUser("s3"));
        senders.forEach(s -> s.ok("join", "room", room));
        List<Long> sentIds = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            sentIds.add(senders.get(i % 3).ok("send", "room", room, "text", "message " + i)
                    .path("message").path("msg_id").asLong());
        }
        assertEquals(sentIds.stream().sorted().toList(), sentIds, "msg_id grows with time");

        WireClient reader = senders.get(1);
        List<JsonNode> all = Frames.messages(reader.ok("history", "room", room));
        assertEquals(sentIds, all.stream().map(m -> m.path("msg_id").asLong()).toList(), "oldest first, nothing missing");

        List<Long> paged = new ArrayList<>();
        Long before = null;
        while (true) {
            JsonNode reply = before == null ? reader.ok("history", "room", room, "limit", 7)
                    : reader.ok("history", "room", room, "limit", 7, "before", before);
            List<Long> page = Frames.messages(reply).stream().map(m -> m.path("msg_id").asLong()).toList();
            assertTrue(page.size() <= 7, page::toString);
            if (page.isEmpty()) {
                break;
            }
            assertEquals(page.stream().sorted().toList(), page, "each page is oldest first");
            paged.addAll(0, page);
            before = page.get(0);
        }
        assertEquals(sentIds, paged, "paging backwards with before/limit visits every message once");
    }

    @Test
    void ofTwoSimultaneousRegistrationsOfOneNameInTwoCasesExactlyOneWins() {
        String name = Credentials.unique("race");
        List<WireClient> racers = List.of(connect(), connect());
        List<String> spellings = List.of(name, name.toUpperCase());
        for (int i = 0; i < 2; i++) {
            racers.get(i).send(WireClient.frame("register", "id", "race", "user", spellings.get(i),
                    "password", "a fine password", "server_password", serverPassword.current()));
        }
        List<String> outcomes = racers.stream().map(r -> r.reply("race"))
                .map(r -> r.path("type").asText() + " " + r.path("code").asText()).sorted().toList();
        assertEquals(List.of("error user_exists", "ok "), outcomes);
    }
}
