package org.securechat.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Everything that places a message, as its row stores it, bound into its ciphertext as associated
 * data: a sealed text moved to another row, room or conversation fails authentication.
 *
 * <p>Version 1 bound the room or the sender and recipient, but not the DM pair the history query
 * finds a conversation by; version 2 binds every column that places the row. Rows keep the version
 * they were sealed with, so rows written before still open.
 */
public record MessageBinding(long id, Long roomId, long senderId, Long recipientId, Long pairLow, Long pairHigh,
                             String kind, long time) {
    public static final int NEWEST = 2;

    /** A new message's binding: a direct message's pair is its two accounts, lower id first. */
    public static MessageBinding of(long id, Long roomId, long senderId, Long recipientId, String kind, long time) {
        Long low = recipientId == null ? null : Math.min(senderId, recipientId);
        Long high = recipientId == null ? null : Math.max(senderId, recipientId);
        return new MessageBinding(id, roomId, senderId, recipientId, low, high, kind, time);
    }

    /** What a new row is sealed with. */
    public byte[] associatedData() {
        return text(NEWEST).getBytes(StandardCharsets.UTF_8);
    }

    /** What a stored row was sealed with; a version no release wrote means the row was altered. */
    public byte[] associatedData(int version) throws GeneralSecurityException {
        if (version < 1 || version > NEWEST) {
            throw new GeneralSecurityException("no associated data version " + version);
        }
        return text(version).getBytes(StandardCharsets.UTF_8);
    }

    private String text(int version) {
        return switch (version) {
            case 1 -> "securechat message v1|" + id + "|"
                    + (roomId != null ? "room " + roomId : "dm " + senderId + ">" + recipientId)
                    + "|from " + senderId + "|" + kind + "|" + time;
            case 2 -> "securechat message v2|" + id + "|room " + roomId + "|to " + recipientId
                    + "|pair " + pairLow + "-" + pairHigh + "|from " + senderId + "|" + kind + "|" + time;
            default -> throw new IllegalArgumentException("no associated data version " + version);
        };
    }
}
