package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** conversations and mark_read: what a client shows at login, and read positions shared by an account's sessions. */
@QuarkusTest
class ConversationsTest extends ProtocolTestBase {

    @Test
    void anOfflineDmIsListedWithItsUnreadCountNewestActivityFirst() {
        Credentials bobLogin = Credentials.fresh("bob");
        WireClient bob = registered(bobLogin);
        String room = Credentials.unique("talk");
        bob.ok("join", "room", room);
        bob.quit();

        WireClient ann = newUser("ann");
        ann.ok("join", "room", room);
        ann.ok("send", "room", room, "text", "anyone?");
        long dm = ann.ok("dm", "to", bobLogin.user(), "text", "call me").path("message").path("msg_id").asLong();
        ann.ok("dm", "to", bobLogin.user(), "text", "please");

        WireClient back = loggedIn(bobLogin);
        JsonNode list = back.ok("conversations").path("conversations");
        JsonNode first = list.get(0);
        assertEquals(ann.user(), first.path("with").asText(), list::toString);
        assertEquals(2, first.path("unread").asInt(), first::toString);
        assertEquals(dm + 1, first.path("last_msg_id").asLong(), first::toString);
        assertTrue(first.path("last_ts").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), first::toString);
        assertEquals(room, list.get(1).path("room").asText(), list::toString);
        assertEquals(1, list.get(1).path("unread").asInt(), list::toString);

        JsonNode sender = Frames.find(ann.ok("conversations").path("conversations"), "with", bobLogin.user()).orElseThrow();
        assertEquals(0, sender.path("unread").asInt(), "your own messages are never unread to you: " + sender);
    }

    @Test
    void aRoomsHistoryBeforeYouJoinedIsNotUnread() {
        String room = Credentials.unique("old");
        WireClient ann = newUser("ann");
        ann.ok("join", "room", room);
        long last = ann.ok("send", "room", room, "text", "before you came").path("message").path("msg_id").asLong();

        WireClient bob = newUser("bob");
        bob.ok("join", "room", room);
        JsonNode entry = Frames.find(bob.ok("conversations").path("conversations"), "room", room).orElseThrow();
        assertEquals(0, entry.path("unread").asInt(), entry::toString);
        assertEquals(last, entry.path("read_msg_id").asLong(), entry::toString);
        ann.ok("send", "room", room, "text", "welcome");
        entry = Frames.find(bob.ok("conversations").path("conversations"), "room", room).orElseThrow();
        assertEquals(1, entry.path("unread").asInt(), entry::toString);
    }

    @Test
    void markReadMovesForwardOnlyAndTellsTheAccountsOtherSessionsOnly() {
        Credentials annLogin = Credentials.fresh("ann");
        WireClient ann = registered(annLogin);
        WireClient annPhone = loggedIn(annLogin);
        WireClient bob = newUser("bob");
        long first = bob.ok("dm", "to", ann.user(), "text", "one").path("message").path("msg_id").asLong();
        long second = bob.ok("dm", "to", ann.user(), "text", "two").path("message").path("msg_id").asLong();

        JsonNode marked = ann.ok("mark_read", "with", bob.user(), "msg_id", second);
        assertEquals(bob.user(), marked.path("with").asText(), marked::toString);
        assertEquals(second, marked.path("msg_id").asLong(), marked::toString);
        JsonNode marker = annPhone.awaitEvent("read_marker", e -> true);
        assertEquals(bob.user(), marker.path("with").asText(), marker::toString);
        assertEquals(second, marker.path("msg_id").asLong(), marker::toString);

        JsonNode back = ann.ok("mark_read", "with", bob.user(), "msg_id", first);
        assertEquals(second, back.path("msg_id").asLong(), "a read position never moves back: " + back);
        JsonNode entry = Frames.find(annPhone.ok("conversations").path("conversations"), "with", bob.user()).orElseThrow();
        assertEquals(0, entry.path("unread").asInt(), entry::toString);
        assertEquals(second, entry.path("read_msg_id").asLong(), entry::toString);

        ann.sync();
        bob.sync();
        annPhone.sync();
        assertEquals(List.of(), ann.takeKept("read_marker", e -> true), "the marking session is not told");
        assertEquals(List.of(), bob.takeKept("read_marker", e -> true), "nor is anyone else");
        assertEquals(List.of(), annPhone.takeKept("read_marker", e -> true), "a mark that did not move is not told");
    }

    @Test
    void markReadInARoomCountsOnlyWhatCameAfter() {
        String room = Credentials.unique("marks");
        WireClient ann = newUser("ann");
        WireClient bob = newUser("bob");
        ann.ok("join", "room", room);
        bob.ok("join", "room", room);
        long a = bob.ok("send", "room", room, "text", "a").path("message").path("msg_id").asLong();
        bob.ok("send", "room", room, "text", "b");
        bob.ok("send", "room", room, "text", "c");

        assertEquals(a, ann.ok("mark_read", "room", "#" + room, "msg_id", a).path("msg_id").asLong());
        JsonNode entry = Frames.find(ann.ok("conversations").path("conversations"), "room", room).orElseThrow();
        assertEquals(2, entry.path("unread").asInt(), entry::toString);
        assertEquals(a, entry.path("read_msg_id").asLong(), entry::toString);
    }

    @Test
    void markReadRefusesWhatIsNotAReadPosition() {
        String room = Credentials.unique("refuse");
        String other = Credentials.unique("elsewhere");
        WireClient ann = newUser("ann");
        WireClient bob = newUser("bob");
        ann.ok("join", "room", room);
        ann.ok("join", "room", other);
        long elsewhere = ann.ok("send", "room", other, "text", "not here").path("message").path("msg_id").asLong();
        long dm = bob.ok("dm", "to", ann.user(), "text", "hi").path("message").path("msg_id").asLong();

        ann.refused("bad_request", "mark_read", "msg_id", dm);
        ann.refused("bad_request", "mark_read", "room", room, "with", bob.user(), "msg_id", dm);
        ann.refused("bad_request", "mark_read", "room", room);
        ann.refused("bad_request", "mark_read", "room", room, "msg_id", 0);
        ann.refused("bad_request", "mark_read", "room", room, "msg_id", "7");
        ann.refused("bad_request", "mark_read", "room", room, "msg_id", elsewhere);
        ann.refused("bad_request", "mark_read", "room", room, "msg_id", Long.MAX_VALUE);
        ann.refused("bad_request", "mark_read", "with", ann.user(), "msg_id", dm);
        String bobs = Credentials.unique("bobs");
        bob.ok("join", "room", bobs);
        ann.refused("not_in_room", "mark_read", "room", bobs, "msg_id", dm);
        ann.refused("no_such_room", "mark_read", "room", Credentials.unique("ghost"), "msg_id", dm);
        ann.refused("no_such_user", "mark_read", "with", Credentials.unique("nobody"), "msg_id", dm);
        JsonNode entry = Frames.find(ann.ok("conversations").path("conversations"), "with", bob.user()).orElseThrow();
        assertEquals(1, entry.path("unread").asInt(), "nothing refused moved the position: " + entry);
    }

    @Test
    void conversationsComeInPagesNewestFirstWithEmptyRoomsLast() {
        WireClient ann = newUser("ann");
        String empty = Credentials.unique("quiet");
        ann.ok("join", "room", empty);
        WireClient bob = newUser("bob");
        WireClient cat = newUser("cat");
        bob.ok("dm", "to", ann.user(), "text", "from bob");
        cat.ok("dm", "to", ann.user(), "text", "from cat");

        JsonNode page = ann.ok("conversations", "limit", 1);
        assertEquals(List.of(cat.user()), Frames.elements(page.path("conversations")).map(c -> c.path("with").asText()).toList());
        assertTrue(page.path("more").asBoolean(), page::toString);
        long after = page.path("conversations").get(0).path("last_msg_id").asLong();
        JsonNode next = ann.ok("conversations", "limit", 1, "after", after);
        assertEquals(bob.user(), next.path("conversations").get(0).path("with").asText(), next::toString);

        JsonNode all = ann.ok("conversations");
        assertFalse(all.path("more").asBoolean(true), all::toString);
        JsonNode last = all.path("conversations").get(all.path("conversations").size() - 1);
        assertEquals(empty, last.path("room").asText(), "rooms without messages come last: " + all);
        assertEquals(0, last.path("last_msg_id").asLong(), last::toString);
        assertTrue(last.path("last_ts").isMissingNode(), last::toString);

        ann.refused("bad_request", "conversations", "limit", 0);
        ann.refused("bad_request", "conversations", "after", 0);
        ann.refused("bad_request", "conversations", "after", "latest");
    }

    @Test
    void conversationsNeedALogin() {
        connect().refused("auth_required", "conversations");
        connect().refused("auth_required", "mark_read", "room", "general", "msg_id", 1);
    }
}
