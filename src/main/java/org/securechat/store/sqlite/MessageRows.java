package org.securechat.store.sqlite;

import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.securechat.chat.StoredMessage;
import org.securechat.store.MessageBinding;
import org.securechat.store.MessageCipher;

/** Message rows as {@link #SELECT} reads them: opened under a cipher, or shown as unreadable. */
final class MessageRows {
    private static final Logger LOG = Logger.getLogger(MessageRows.class);
    private static final String UNREADABLE_TEXT = "[unreadable message]";
    static final String SELECT = "SELECT m.id, m.room_id, m.sender_id, m.recipient_id, m.kind, m.created_at,"
            + " m.key_id, m.nonce, m.ciphertext, s.name, r.name, t.name, m.dm_low, m.dm_high, m.aad_version FROM messages m"
            + " JOIN accounts s ON s.id = m.sender_id LEFT JOIN rooms r ON r.id = m.room_id"
            + " LEFT JOIN accounts t ON t.id = m.recipient_id";

    private MessageRows() {
    }

    /** The row's text, or throws if the cipher's key did not seal it there. */
    static String open(ResultSet r, MessageCipher cipher) throws SQLException, GeneralSecurityException {
        MessageBinding binding = new MessageBinding(r.getLong(1), nullableLong(r, 2), r.getLong(3), nullableLong(r, 4),
                nullableLong(r, 13), nullableLong(r, 14), r.getString(5), r.getLong(6));
        return cipher.open(new MessageCipher.Sealed(r.getString(7), r.getBytes(8), r.getBytes(9)),
                binding.associatedData(r.getInt(15)));
    }

    /** The row as a message; one that fails authentication is logged and marked unreadable. */
    static StoredMessage message(ResultSet r, MessageCipher cipher) throws SQLException {
        long id = r.getLong(1);
        String text;
        boolean unreadable = false;
        try {
            text = open(r, cipher);
        } catch (GeneralSecurityException e) {
            LOG.warnf("message %d failed authentication (key %s): shown as unreadable", id, r.getString(7));
            text = UNREADABLE_TEXT;
            unreadable = true;
        }
        return new StoredMessage(id, r.getString(11), r.getString(12), r.getString(10), text, r.getString(5),
                Instant.ofEpochMilli(r.getLong(6)), unreadable);
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}
