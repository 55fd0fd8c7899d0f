package org.securechat.chat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The input rules of PROTOCOL.md: names, passwords, message text. Each refusal says why. */
public final class InputRules {
    public static final int MAX_TEXT_CODE_POINTS = 4000;
    private static final int MAX_REASON_CODE_POINTS = 200;
    public static final int MAX_AWAY_CODE_POINTS = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.\\-]{2,32}");
    private static final Pattern ROOM = Pattern.compile("[a-z0-9_\\-]{1,32}");
    private static final int MIN_PASSWORD_BYTES = 8;
    private static final int MAX_PASSWORD_BYTES = 72;

    private InputRules() {
    }

    public static String username(String user) {
        if (user == null || !USERNAME.matcher(user).matches()) {
            throw new ChatError(ChatError.Reason.INVALID_USERNAME,
                    "a username is 2 to 32 of A-Z a-z 0-9 _ . -");
        }
        return user;
    }

    /** Whether the text has a user name's form (the security log writes only such). */
    static boolean couldBeUsername(String user) {
        return USERNAME.matcher(user).matches();
    }

    /** A field naming an existing user: a malformed one cannot exist. */
    public static String existingUsername(String field, String user) {
        required(field, user);
        if (!USERNAME.matcher(user).matches()) {
            throw new ChatError(ChatError.Reason.NO_SUCH_USER, "no user " + user);
        }
        return user;
    }

    /**
     * 8 to 72 bytes of UTF-8 (bcrypt's limit, never silently truncated), well-formed, and not one
     * character over and over (eight spaces, "aaaaaaaa"). The most common passwords are refused
     * where the password is hashed, off the caller's thread ({@link org.securechat.security.CommonPasswords}).
     */
    public static String password(String password) {
        required("password", password);
        if (password.codePoints().anyMatch(cp -> Character.isSurrogate((char) cp))) {
            throw new ChatError(ChatError.Reason.WEAK_PASSWORD, "a password must be valid Unicode");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_PASSWORD_BYTES || bytes > MAX_PASSWORD_BYTES) {
            throw new ChatError(ChatError.Reason.WEAK_PASSWORD,
                    "a password is 8 to 72 bytes of UTF-8 (this one is " + bytes + ")");
        }
        if (password.codePoints().distinct().count() == 1) {
            throw new ChatError(ChatError.Reason.WEAK_PASSWORD, "a password cannot be one character over and over");
        }
        return password;
    }

    /** The room name without its optional leading {@code #}. */
    public static String room(String room) {
        required("room", room);
        String name = room.startsWith("#") ? room.substring(1) : room;
        if (!ROOM.matcher(name).matches()) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "a room name is 1 to 32 of a-z 0-9 _ -");
        }
        return name;
    }

    public static String kind(String kind) {
        if (kind == null || kind.equals("text")) {
            return "text";
        }
        if (kind.equals("action")) {
            return kind;
        }
        throw new ChatError(ChatError.Reason.BAD_REQUEST, "kind must be \"text\" or \"action\"");
    }

    /** 1 to 4,000 code points, each one {@link TextCharacters} lets stand. */
    public static String text(String text) {
        required("text", text);
        if (text.isEmpty()) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "a message cannot be empty");
        }
        String problem = TextCharacters.problem(text);
        if (problem != null) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "a message " + problem);
        }
        int count = text.codePointCount(0, text.length());
        if (count > MAX_TEXT_CODE_POINTS) {
            throw new ChatError(ChatError.Reason.MESSAGE_TOO_LONG,
                    "a message is at most 4,000 characters (this one has " + count + ")");
        }
        return text;
    }

    /** An optional reason shown to others (kick, stop): at most 200 code points, the characters of text. */
    public static String reason(String reason) {
        return reason == null ? null : shortText("a reason", reason, MAX_REASON_CODE_POINTS);
    }

    /** An away message: none when absent or blank, else at most 200 code points, the characters of text. */
    public static String away(String text) {
        return text == null || text.isBlank() ? null : shortText("an away message", text, MAX_AWAY_CODE_POINTS);
    }

    private static String shortText(String what, String text, int most) {
        String problem = TextCharacters.problem(text);
        if (problem != null) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, what + " " + problem);
        }
        if (text.codePointCount(0, text.length()) > most) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, what + " is at most " + most + " characters");
        }
        return text;
    }

    /** A page size: {@code byDefault} when not given, at most {@code most}, at least 1 or refused. */
    public static int limit(Integer limit, int byDefault, int most) {
        if (limit == null) {
            return byDefault;
        }
        if (limit < 1) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "\"limit\" must be at least 1");
        }
        return Math.min(limit, most);
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "\"" + field + "\" is required");
        }
        return value;
    }
}
