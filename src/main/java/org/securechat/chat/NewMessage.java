package org.securechat.chat;

/** A message to store: to a room ({@code roomId}) or to a user ({@code recipientId}), never both. */
public record NewMessage(Long roomId, String room, long senderId, String sender, Long recipientId,
                         String recipient, String kind, String text) {
    public boolean direct() {
        return recipientId != null;
    }
}
