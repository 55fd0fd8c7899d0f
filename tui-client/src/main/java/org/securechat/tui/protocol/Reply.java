package org.securechat.tui.protocol;

import java.util.List;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.Message;
import org.securechat.tui.model.OnlineUser;

/**
 * What the server's reply to a {@link Request} carries, as far as this client reads it. An {@code error} reply is
 * not one of these: it fails the request with a {@link ServerError}.
 */
public sealed interface Reply {

    /**
     * The {@code ok} to login or register: who this session is, and the rooms it is a member of.
     * {@code totpSetupRequired}: an admin on a server that requires two-factor authentication, who may only set it
     * up (and has no rooms until then). {@code resumeToken} and {@code deviceId}: how to come back without the
     * passwords (null from a server without resume tokens).
     */
    record LoggedIn(String user, boolean admin, List<String> rooms, boolean totpSetupRequired, String resumeToken,
                    String deviceId) implements Reply {
        public LoggedIn(String user, boolean admin, List<String> rooms) {
            this(user, admin, rooms, false, null, null);
        }

        @Override
        public String toString() {
            return "LoggedIn[user=" + user + ", admin=" + admin + ", rooms=" + rooms + ", resumeToken=***]";
        }
    }

    /** The {@code ok} to totp_setup: the new secret, and the otpauth:// URI an authenticator app reads. */
    record TotpSecret(String secret, String uri) implements Reply {
        @Override
        public String toString() {
            return "TotpSecret[***]";
        }
    }

    /**
     * The {@code ok} to totp_enable: the recovery codes, shown this once. {@code rooms} is not null when the
     * session could only set two-factor authentication up: it is in these rooms now.
     */
    record TotpEnabled(List<String> recoveryCodes, List<String> rooms) implements Reply {
        @Override
        public String toString() {
            return "TotpEnabled[***]";
        }
    }

    /** The {@code ok} to send or dm: the message as stored. */
    record Sent(Message message) implements Reply {
    }

    /** The {@code ok} to join: the room's name as the server spells it. */
    record InRoom(String room) implements Reply {
    }

    record RoomList(List<RoomInfo> rooms) implements Reply {
    }

    /** One entry of the rooms reply. */
    record RoomInfo(String name, int members, boolean joined) {
    }

    /** The online users. */
    record UserList(List<OnlineUser> users) implements Reply {
    }

    /** The reply to history: messages, oldest first, and whether older ones exist. */
    record MessagePage(List<Message> messages, boolean more) implements Reply {
    }

    /** The reply to conversations: the account's rooms and DM partners, newest activity first. */
    record ConversationList(List<ConversationInfo> conversations, boolean more) implements Reply {
    }

    /** One conversation: its newest message, where this account has read up to, what is unread after it. */
    record ConversationInfo(BufferId id, long lastMsgId, long readMsgId, int unread) {
    }

    record KickResult(String user, int sessions) implements Reply {
    }

    record NewServerPassword(String serverPassword) implements Reply {
        @Override
        public String toString() {
            return "NewServerPassword[***]";
        }
    }

    /** The {@code pong} to a ping. */
    record Pong() implements Reply {
    }

    /** An {@code ok} that carries nothing this client needs. */
    record Done() implements Reply {
    }
}
