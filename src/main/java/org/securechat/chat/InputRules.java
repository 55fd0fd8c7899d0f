package org.securechat.chat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The input rules of PROTOCOL.md: names, passwords, message text. Each refusal says why. */
public final class InputRules {
    public static final int MAX_TEXT_CODE_POINTS = 4000;
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

    /** A field naming an existing user: a malformed one cannot exist. */
    public static String existingUsername(String field, String user) {
        required(field, user);
        if (!USERNAME.matcher(user).matches()) {
            throw new ChatError(ChatError.Reason.NO_SUCH_USER, "no user " + user);
        }
        return user;
    }

    public static String password(String password) {
        int bytes = password == null ? 0 : password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_PASSWORD_BYTES || bytes > MAX_PASSWORD_BYTES) {
            throw new ChatError(ChatError.Reason.WEAK_PASSWORD,
                    "a password is 8 to 72 bytes of UTF-8 (this one is " + bytes + ")");
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

    /** 1 to 4,000 code points; newline and tab allowed; other controls and bidi overrides refused. */
    public static String text(String text) {
        required("text", text);
        if (text.isEmpty()) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "a message cannot be empty");
        }
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (forbidden(cp)) {
                throw new ChatError(ChatError.Reason.BAD_REQUEST,
                        String.format("a message cannot contain control or bidi-override characters (found U+%04X)", cp));
            }
            count++;
            i += Character.charCount(cp);
        }
        if (count > MAX_TEXT_CODE_POINTS) {
            throw new ChatError(ChatError.Reason.MESSAGE_TOO_LONG,
                    "a message is at most 4,000 characters (this one has " + count + ")");
        }
        return text;
    }

    static boolean forbidden(int cp) {
        if (cp == '\n' || cp == '\t') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
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
