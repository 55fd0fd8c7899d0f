package org.securechat.chat;

import java.util.List;

/**
 * About how many bytes a value takes in a reply, from its strings' UTF-8 length plus a fixed share
 * for field names and numbers: close enough to keep replies near {@code chat.limits.reply-bytes}.
 */
public final class ReplySize {
    private static final int MESSAGE_FIELDS = 120;
    private static final int ENTRY_FIELDS = 40;

    private ReplySize() {
    }

    public static int of(StoredMessage message) {
        return MESSAGE_FIELDS + json(message.text()) + json(message.from())
                + json(message.room() != null ? message.room() : message.to());
    }

    public static int of(String name, List<String> rooms) {
        int size = ENTRY_FIELDS + json(name);
        for (String room : rooms) {
            size += json(room) + 3;
        }
        return size;
    }

    /** A conversation entry: its name and fixed-width fields. */
    public static int of(Conversation conversation) {
        return MESSAGE_FIELDS + json(conversation.room() != null ? conversation.room() : conversation.with());
    }

    /** An optional string's length as JSON, 0 when absent. */
    public static int ofOptional(String text) {
        return text == null ? 0 : json(text) + ENTRY_FIELDS;
    }

    /** The string's length as JSON: its UTF-8 bytes, one more for each character that needs an escape. */
    static int json(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += c == '"' || c == '\\' || c < 0x20 ? 2 : 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
