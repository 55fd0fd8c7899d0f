package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/**
 * No reply grows past about chat.limits.reply-bytes (256 KiB): a history page of long messages is
 * cut from its oldest end and says there is more; users and rooms come a page at a time.
 */
@QuarkusTest
class ReplyBoundsTest extends ProtocolTestBase {
    @Inject
    TestClock clock;

    private static final int REPLY_BYTES = 262_144;
    private static final String EMOJI = "\ud83d\ude00";

    @Test
    void aHistoryPageOfLongMessagesIsCutToTheBudgetAndPagesOn() {
        WireClient writer = newUser("emoji");
        String room = Credentials.unique("wide");
        writer.ok("join", "room", room);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            clock.advance(Duration.ofMillis(100)); // within flood control's 10 messages a second
            ids.add(writer.ok("send", "room", room, "text", (char) ('a' + i) + EMOJI.repeat(3999)).path("message").path("msg_id").asLong());
        }
        JsonNode page = writer.ok("history", "room", room);
        int bytes = page.toString().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= REPLY_BYTES + 20_000, () -> "a history reply of " + bytes + " bytes");
        JsonNode messages = page.path("messages");
        assertTrue(messages.size() < 25 && page.path("more").asBoolean(), () -> messages.size() + " messages, more: " + page.path("more"));
        assertEquals(ids.get(24), messages.get(messages.size() - 1).path("msg_id").asLong(), "the newest are kept");

        JsonNode older = writer.ok("history", "room", room, "before", messages.get(0).path("msg_id").asLong());
        assertEquals(ids.get(24 - messages.size()), older.path("messages").get(older.path("messages").size() - 1)
                .path("msg_id").asLong(), "the next page ends where the first began");
    }

    @Test
    void aShortHistorySaysThereIsNoMore() {
        WireClient writer = newUser("brief");
        String room = Credentials.unique("brief");
        writer.ok("join", "room", room);
        writer.ok("send", "room", room, "text", "only one");
        JsonNode page = writer.ok("history", "room", room);
        assertEquals(1, page.path("messages").size());
        assertFalse(page.path("more").asBoolean());
        assertTrue(writer.ok("history", "room", room, "limit", 1).path("messages").size() == 1);
    }

    @Test
    void usersComeAPageAtATime() {
        String room = Credentials.unique("crowd");
        List<WireClient> crowd = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            WireClient member = newUser("crowd");
            member.ok("join", "room", room);
            crowd.add(member);
        }
        JsonNode first = crowd.get(0).ok("users", "room", room, "limit", 2);
        assertEquals(2, first.path("users").size());
        assertTrue(first.path("more").asBoolean());
        JsonNode rest = crowd.get(0).ok("users", "room", room, "limit", 2,
                "after", first.path("users").get(1).path("user").asText());
        assertEquals(1, rest.path("users").size());
        assertFalse(rest.path("more").asBoolean());
    }

    @Test
    void roomsComeAPageAtATime() {
        WireClient member = newUser("lister");
        String prefix = Credentials.unique("pg");
        for (String suffix : List.of("a", "b", "c")) {
            member.ok("join", "room", prefix + suffix);
        }
        JsonNode page = member.ok("rooms", "limit", 2, "after", prefix);
        assertEquals(prefix + "a", page.path("rooms").get(0).path("name").asText());
        assertEquals(prefix + "b", page.path("rooms").get(1).path("name").asText());
        assertTrue(page.path("more").asBoolean());
        JsonNode next = member.ok("rooms", "limit", 1, "after", prefix + "b");
        assertEquals(prefix + "c", next.path("rooms").get(0).path("name").asText());
    }

    @Test
    void aLimitBelowOneIsRefused() {
        WireClient member = newUser("zero");
        member.refused("bad_request", "users", "limit", 0);
        member.refused("bad_request", "rooms", "limit", -3);
    }
}
