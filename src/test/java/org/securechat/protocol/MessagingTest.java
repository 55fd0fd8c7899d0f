package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** send, dm and history, and the rules for message text. */
@QuarkusTest
class MessagingTest extends ProtocolTestBase {
    private static final Pattern ISO_MILLIS_UTC = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units, four UTF-8 bytes

    @Test
    void sendEchoesTheMessageToTheSenderAndAcknowledgesTheStoredOne() {
        WireClient ann = newUser("ann");
        JsonNode stored = ann.ok("send", "room", "general", "text", "hello, world").path("message");
        JsonNode echo = ann.awaitEvent("message", Frames.text("hello, world"));
        assertEquals("general", stored.path("room").asText());
        assertEquals(ann.user(), stored.path("from").asText());
        assertEquals("text", stored.path("kind").asText());
        assertTrue(stored.path("msg_id").isIntegralNumber(), stored::toString);
        assertTrue(ISO_MILLIS_UTC.matcher(stored.path("ts").asText()).matches(), stored::toString);
        assertFalse(stored.has("to"), stored::toString);
        ((com.fasterxml.jackson.databind.node.ObjectNode) echo).remove("type");
        assertEquals(stored, echo, "the event is the stored message");
    }

    @Test
    void sendCarriesActionsAndKeepsNewlinesAndTabs() {
        WireClient ann = newUser("ann");
        JsonNode action = ann.ok("send", "room", "#general", "text", "waves", "kind", "action").path("message");
        assertEquals("action", action.path("kind").asText());
        assertEquals("action", ann.awaitEvent("message", Frames.text("waves")).path("kind").asText());
        String multiline = "line one\n\tline two";
        assertEquals(multiline, ann.ok("send", "room", "general", "text", multiline).path("message").path("text").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bell\u0007", "escape\u001b[31m", "carriage\rreturn", "nul\u0000", "delete\u007f",
            "c1 next line\u0085", "c1 csi\u009b31m", "bidi override\u202e", "bidi embedding\u202a",
            "bidi isolate\u2066", "pop isolate\u2069"})
    void refusesEmptyTextAndControlOrBidiCharacters(String text) {
        WireClient ann = newUser("ann");
        ann.refused("bad_request", "send", "room", "general", "text", text);
        ann.refused("bad_request", "dm", "to", ann.user(), "text", text);
    }

    @Test
    void refusesABadKindAndMissingFields() {
        WireClient ann = newUser("ann");
        ann.refused("bad_request", "send", "room", "general", "text", "hi", "kind", "shout");
        ann.refused("bad_request", "send", "room", "general");
        ann.refused("bad_request", "send", "text", "where to?");
        ann.refused("bad_request", "dm", "text", "to whom?");
        ann.refused("bad_request", "dm", "to", ann.user(), "text", "hi", "kind", "shout");
        ann.refused("bad_request", "history");
        ann.refused("bad_request", "history", "room", "general", "with", ann.user());
    }

    @Test
    void refusesAFieldOfTheWrongType() {
        WireClient ann = newUser("ann");
        ann.refused("bad_request", "history", "room", "general", "limit", "many");
        ann.refused("bad_request", "send", "room", "general", "text", List.of("not", "text"));
        ann.refused("bad_request", "send", "room", "general", "text", 42);
        assertTrue(Frames.texts(ann.ok("history", "room", "general", "limit", 1)).stream().noneMatch("42"::equals),
                "a number is not message text");
    }

    @Test
    void countsTheLengthInCodePoints() {
        WireClient ann = newUser("ann");
        ann.refused("message_too_long", "send", "room", "general", "text", "a".repeat(4001));
        ann.refused("message_too_long", "send", "room", "general", "text", EMOJI.repeat(4001));
        String longest = EMOJI.repeat(4000); // 8,000 UTF-16 units
        assertEquals(longest, ann.ok("send", "room", "general", "text", longest).path("message").path("text").asText());
        assertEquals(longest, ann.ok("dm", "to", ann.user(), "text", longest).path("message").path("text").asText());
    }

    @Test
    void dmReachesAnOnlineUserAndTheSender() {
        WireClient ann = newUser("ann");
        WireClient bob = newUser("bob");
        JsonNode stored = ann.ok("dm", "to", bob.user(), "text", "psst", "kind", "action").path("message");
        assertEquals(bob.user(), stored.path("to").asText());
        assertEquals("action", stored.path("kind").asText());
        assertFalse(stored.has("room"), stored::toString);
        JsonNode received = bob.awaitEvent("message", Frames.text("psst"));
        assertEquals(ann.user(), received.path("from").asText());
        assertEquals(stored.path("msg_id"), received.path("msg_id"));
        ann.awaitEvent("message", Frames.text("psst"));
    }

    @Test
    void dmToAnOfflineUserWaitsInHistory() {
        Credentials bob = Credentials.fresh("bob");
        registered(bob).quit();
        WireClient ann = newUser("ann");
        ann.ok("dm", "to", bob.user().toUpperCase(), "text", "read this later");

        WireClient later = loggedIn(bob);
        List<JsonNode> messages = Frames.messages(later.ok("history", "with", ann.user()));
        assertEquals(1, messages.size(), messages::toString);
        assertEquals(ann.user(), messages.get(0).path("from").asText());
        assertEquals(bob.user(), messages.get(0).path("to").asText());
        assertEquals("read this later", messages.get(0).path("text").asText());
    }

    @Test
    void refusesUnknownUsers() {
        WireClient ann = newUser("ann");
        ann.refused("no_such_user", "dm", "to", Credentials.unique("nobody"), "text", "hello?");
        ann.refused("no_such_user", "dm", "to", "not a valid name!", "text", "hello?");
        ann.refused("no_such_user", "history", "with", Credentials.unique("nobody"));
    }

    @Test
    void historyIsOldestFirstAndPagesBackwards() {
        String room = Credentials.unique("hist");
        WireClient ann = newUser("ann");
        ann.ok("join", "room", room);
        WireClient bob = newUser("bob");
        for (int i = 1; i <= 5; i++) {
            ann.ok("send", "room", room, "text", "room " + i);
            bob.ok("dm", "to", ann.user(), "text", "dm " + i);
        }
        assertEquals(List.of("room 1", "room 2", "room 3", "room 4", "room 5"), Frames.texts(ann.ok("history", "room", room)));
        List<JsonNode> newest = Frames.messages(ann.ok("history", "room", room, "limit", 2));
        assertEquals(List.of("room 4", "room 5"), newest.stream().map(m -> m.path("text").asText()).toList());
        long before = newest.get(0).path("msg_id").asLong();
        assertEquals(List.of("room 2", "room 3"), Frames.texts(ann.ok("history", "room", room, "before", before, "limit", 2)));
        assertEquals(List.of("dm 1", "dm 2", "dm 3", "dm 4", "dm 5"), Frames.texts(ann.ok("history", "with", bob.user())));
        assertEquals(List.of("dm 1", "dm 2", "dm 3", "dm 4", "dm 5"), Frames.texts(bob.ok("history", "with", ann.user())));
    }
}
