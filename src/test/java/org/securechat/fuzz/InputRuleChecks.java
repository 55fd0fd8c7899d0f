package org.securechat.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import org.securechat.chat.ChatError;
import org.securechat.chat.InputRules;

/**
 * Each of {@link InputRules} applied to a value from the wire: it refuses with a {@link ChatError}
 * or returns what PROTOCOL.md allows, checked here with the JDK's own tables, not the rule's code.
 */
final class InputRuleChecks {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    /** Embeddings, overrides and isolates: text that reorders what follows it on screen. */
    private static final Set<Byte> REORDERING = Set.of(Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
            Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE);

    private InputRuleChecks() {
    }

    /** A bound field: a string meets every rule for strings, an integer the page-size rule. */
    static void check(Object value) {
        if (value == null || value instanceof String) {
            strings((String) value);
        } else if (value instanceof Integer number) {
            limit(number);
        }
    }

    private static void strings(String value) {
        String user = accepted(() -> InputRules.username(value));
        if (user != null) {
            assertEquals(value, user);
            assertTrue(isUserName(user), () -> "accepted the user name " + codePoints(user));
        }
        String existing = accepted(() -> InputRules.existingUsername("user", value));
        if (existing != null) {
            assertTrue(isUserName(existing), () -> "looked up the user name " + codePoints(existing));
        }
        String password = accepted(() -> InputRules.password(value));
        if (password != null) {
            int bytes = password.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= 8 && bytes <= 72 && password.codePoints().noneMatch(InputRuleChecks::isLoneSurrogate),
                    () -> "accepted the password " + codePoints(password));
        }
        String room = accepted(() -> InputRules.room(value));
        if (room != null) {
            assertTrue(value.equals(room) || value.equals("#" + room), () -> "room " + room + " of " + value);
            assertTrue(room.length() <= 32 && room.chars().allMatch(c -> c < 0x80), () -> "room " + codePoints(room));
            assertEquals(room, InputRules.room(room), "a room name is not its own name");
        }
        String kind = accepted(() -> InputRules.kind(value));
        assertTrue(kind == null || kind.equals("text") || kind.equals("action"), () -> "kind " + kind);
        String text = accepted(() -> InputRules.text(value));
        if (text != null) {
            assertEquals(value, text);
            shownAsSent(text, 1, InputRules.MAX_TEXT_CODE_POINTS);
        }
        String reason = accepted(() -> InputRules.reason(value));
        if (reason != null) {
            assertEquals(value, reason);
            shownAsSent(reason, 0, 200);
        }
    }

    private static void limit(Integer limit) {
        Integer size = accepted(() -> InputRules.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
        if (size != null) {
            assertTrue(size >= 1 && size <= MAX_LIMIT && size <= limit, () -> "page size " + size + " for " + limit);
        }
    }

    /** What the rule returned, or null when it refused as it may. */
    private static <T> T accepted(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (ChatError refused) {
            return null;
        }
    }

    private static boolean isUserName(String name) {
        return name.length() >= 2 && name.length() <= 32
                && name.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || "_.-".indexOf(c) >= 0));
    }

    /** Text others read: whole code points, no control but newline and tab, no line breaks of other kinds, nothing that reorders it. */
    private static void shownAsSent(String text, int least, int most) {
        int count = text.codePointCount(0, text.length());
        assertTrue(count >= least && count <= most, () -> count + " code points");
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (isLoneSurrogate(cp) || type == Character.CONTROL && cp != '\n' && cp != '\t'
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || REORDERING.contains(Character.getDirectionality(cp))) {
                fail(String.format("accepted U+%04X in %s", cp, codePoints(text)));
            }
        });
    }

    /** Half of a pair without the other half: String.codePoints() yields pairs as one code point. */
    private static boolean isLoneSurrogate(int cp) {
        return Character.getType(cp) == Character.SURROGATE;
    }

    /** The text as code points, so that invisible ones show in a failure. */
    private static String codePoints(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(String.format("U+%04X ", cp)));
        return out.toString().trim();
    }
}
