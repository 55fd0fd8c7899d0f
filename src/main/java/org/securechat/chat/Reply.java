package org.securechat.chat;

import java.time.Instant;
import java.util.List;

/** What a request is answered with when it succeeds: the fields of PROTOCOL.md's {@code ok} replies. */
public sealed interface Reply {
    /**
     * {@code totpSetupRequired}: true when this admin must set TOTP up before anything else
     * (chat.totp.required-for-admins); null, and so not sent, otherwise. {@code resumeToken}: for
     * {@code resume} after a reconnect, with the {@code deviceId} it is bound to.
     */
    record Authenticated(String user, boolean admin, List<String> rooms, Boolean totpSetupRequired,
                         String resumeToken, String deviceId) implements Reply {
        public Authenticated(String user, boolean admin, List<String> rooms, ResumeToken token) {
            this(user, admin, rooms, null, token.token(), token.deviceId());
        }

        @Override
        public String toString() {
            return "Authenticated[" + user + ", admin=" + admin + ", rooms=" + rooms + ", totpSetupRequired="
                    + totpSetupRequired + ", token hidden, deviceId=" + deviceId + "]";
        }
    }

    record Stored(StoredMessage message) implements Reply { }

    record RoomJoined(String room, List<String> members) implements Reply { }

    record RoomLeft(String room) implements Reply { }

    /** {@code more}: the list goes on after the last one here. */
    record RoomList(List<RoomSummary> rooms, boolean more) implements Reply { }

    /** {@code away}: the account's away message, null when it has none. */
    record UserInfo(String user, boolean admin, List<String> rooms, String away) { }

    /** {@code more}: the list goes on after the last one here. */
    record UserList(List<UserInfo> users, boolean more) implements Reply { }

    /** {@code more}: there are older messages than the first one here. */
    record Messages(List<StoredMessage> messages, boolean more) implements Reply { }

    /** {@code more}: conversations with older activity follow the last one here. */
    record ConversationList(List<Conversation> conversations, boolean more) implements Reply { }

    /** Where the account's read position now is: {@code msgId} in {@code room} or in the DMs {@code with} a user. */
    record ReadUpTo(String room, String with, long msgId) implements Reply { }

    record KickResult(String user, int sessions) implements Reply { }

    /** The ban set: {@code until} null for one until lifted. */
    record BanSet(String user, String by, String reason, Instant until) implements Reply {
        public BanSet(Ban ban) {
            this(ban.user(), ban.by(), ban.reason(), ban.until());
        }
    }

    record BanList(List<Ban> bans) implements Reply { }

    record InviteMinted(String invite, Instant expiresAt) implements Reply {
        @Override
        public String toString() {
            return "InviteMinted[hidden]";
        }
    }

    record NewServerPassword(String serverPassword) implements Reply { }

    /** A TOTP secret set up, for the user's authenticator app. */
    record TotpSecret(String secret, String uri) implements Reply {
        @Override
        public String toString() {
            return "TotpSecret[hidden]";
        }
    }

    /**
     * TOTP is on; the recovery codes are shown this once. {@code rooms}: for a session that could
     * only set TOTP up, the rooms it has now entered; else null, and not sent.
     */
    record TotpEnabled(List<String> recoveryCodes, List<String> rooms) implements Reply {
        @Override
        public String toString() {
            return "TotpEnabled[codes hidden]";
        }
    }

    /** Success with nothing to say. */
    record Done() implements Reply { }

    /** The answer to ping, which the protocol gives a type of its own. */
    record Pong() implements Reply { }
}
