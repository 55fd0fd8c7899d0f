package org.securechat.chat;

import java.time.Instant;

/**
 * A room the account has joined ({@code room}) or a user it has exchanged DMs with ({@code with}):
 * its newest message (0 and null when it has none), the account's read position, and how many
 * messages of others came after it (counted up to {@link #UNREAD_CAP}).
 */
public record Conversation(String room, String with, long lastMsgId, Instant lastTs, long readMsgId, int unread) {
    /** Counting stops here, so a long-unread room costs no more than this many index entries. */
    public static final int UNREAD_CAP = 10_000;
}
