package org.securechat.tui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatStateTest {
    private static Message room(long id, String from, String text) {
        return new Message(id, "general", from, null, text, false, Instant.EPOCH.plusSeconds(id));
    }

    @Test
    void messagesAreOrderedByIdWithoutDuplicates() {
        ChatState state = new ChatState();
        state.loggedIn("alice", false);
        state.receive(room(5, "bob", "five"));
        state.receive(room(3, "bob", "three"));
        state.receive(room(5, "bob", "five again"));
        state.receive(room(9, "bob", "nine"));
        List<Long> ids = state.find(BufferId.room("general")).orElseThrow().entries().stream()
                .map(e -> ((Message) e).msgId()).toList();
        assertEquals(List.of(3L, 5L, 9L), ids);
    }

    @Test
    void unreadCountsOnlyForOtherBuffersAndOthersMessages() {
        ChatState state = new ChatState();
        state.loggedIn("alice", false);
        state.switchTo(BufferId.room("general"));
        state.open(BufferId.room("random"));
        state.receive(new Message(1, "random", "bob", null, "hi", false, Instant.EPOCH));
        state.receive(new Message(2, "random", "alice", null, "mine", false, Instant.EPOCH));
        state.receive(room(3, "bob", "here"));
        assertEquals(1, state.find(BufferId.room("random")).orElseThrow().unread());
        assertEquals(0, state.find(BufferId.room("general")).orElseThrow().unread());
        state.switchToIndex(1);
        assertEquals(0, state.find(BufferId.room("random")).orElseThrow().unread());
    }

    @Test
    void bellForDirectMessagesAndMentionsOnly() {
        ChatState state = new ChatState();
        state.loggedIn("alice", false);
        assertTrue(state.receive(new Message(1, null, "bob", "alice", "psst", false, Instant.EPOCH)));
        assertTrue(state.receive(room(2, "bob", "ping @Alice!")));
        assertFalse(state.receive(room(3, "bob", "malice aforethought")));
        assertFalse(state.receive(room(4, "alice", "alice talking")));
        assertEquals(List.of("bob"), state.buffers().stream().filter(b -> b.id().direct())
                .map(b -> b.id().name()).toList(), "a DM files under the other person");
    }

    @Test
    void buffersKeepTheirNumbersAsNewOnesArriveAndCycleWraps() {
        ChatState state = new ChatState();
        state.open(BufferId.room("random"));
        state.open(BufferId.room("general"));
        state.open(BufferId.dm("zed"));
        state.receive(new Message(1, null, "abe", "me", "a new conversation", false, Instant.now()));
        assertEquals(List.of("#random", "#general", "@zed", "@abe"), state.buffers().stream().map(b -> b.id().label())
                .toList(), "a new buffer goes last, whatever its name");
        state.switchTo(BufferId.dm("abe"));
        state.cycle(1);
        assertEquals("#random", state.currentBuffer().orElseThrow().id().label());
        state.cycle(-1);
        assertEquals("@abe", state.currentBuffer().orElseThrow().id().label());
    }
}
