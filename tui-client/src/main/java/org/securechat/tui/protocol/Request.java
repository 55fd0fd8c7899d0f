package org.securechat.tui.protocol;

import org.securechat.tui.model.BufferId;

/**
 * A client frame of PROTOCOL.md, one record per op; {@code R} is what the server's reply to it decodes to. The
 * wire names and the {@code id} are added where frames are encoded, in the net package.
 */
public sealed interface Request<R extends Reply> {

    /** A message's {@code kind}: plain text, or an action (/me). */
    enum Kind { TEXT, ACTION }

    /** {@code deviceId}: this install's id from an earlier login, or null. */
    record Login(Credentials credentials, String deviceId) implements Request<Reply.LoggedIn> {
        public Login(Credentials credentials) {
            this(credentials, null);
        }
    }

    /** Logs in again with a resume token instead of the passwords; the reply carries the token that replaces it. */
    record Resume(String user, String token, String deviceId) implements Request<Reply.LoggedIn> {
        @Override
        public String toString() {
            return "Resume[user=" + user + ", token=***, deviceId=" + deviceId + "]";
        }
    }

    /** Ends this session and revokes its resume token. */
    record Logout() implements Request<Reply.Done> {
    }

    record Register(Credentials credentials) implements Request<Reply.LoggedIn> {
    }

    record Send(String room, String text, Kind kind) implements Request<Reply.Sent> {
    }

    record Dm(String to, String text, Kind kind) implements Request<Reply.Sent> {
    }

    record Join(String room) implements Request<Reply.InRoom> {
    }

    record Leave(String room) implements Request<Reply.Done> {
    }

    record Rooms() implements Request<Reply.RoomList> {
    }

    record Users() implements Request<Reply.UserList> {
    }

    /** The online members of one room. */
    record RoomUsers(String room) implements Request<Reply.UserList> {
    }

    /** A page of the conversations, with activity older than {@code after} (a last_msg_id) when not null. */
    record Conversations(Long after) implements Request<Reply.ConversationList> {
    }

    record MarkRead(BufferId conversation, long msgId) implements Request<Reply.Done> {
    }

    /** A blank text clears the away message. */
    record Away(String text) implements Request<Reply.Done> {
    }

    /**
     * A page of a room's or a direct conversation's messages: older than {@code before}, or newer than
     * {@code after} (catching up after a reconnect), or the newest when both are null.
     */
    record History(BufferId conversation, Long before, Long after, int limit) implements Request<Reply.MessagePage> {
        public History(BufferId conversation, Long before, int limit) {
            this(conversation, before, null, limit);
        }
    }

    record Passwd(String oldPassword, String newPassword) implements Request<Reply.Done> {
        @Override
        public String toString() {
            return "Passwd[***]";
        }
    }

    record Ping() implements Request<Reply.Pong> {
    }

    record Quit() implements Request<Reply.Done> {
    }

    /** A blank reason is left out of the frame. */
    record Kick(String user, String reason) implements Request<Reply.KickResult> {
    }

    record Regen() implements Request<Reply.NewServerPassword> {
    }

    /** A blank reason is left out of the frame; {@code restart} tells clients to reconnect and resume. */
    record Stop(String reason, boolean restart) implements Request<Reply.Done> {
        public Stop(String reason) {
            this(reason, false);
        }

    }

    record TotpSetup(String password) implements Request<Reply.TotpSecret> {
        @Override
        public String toString() {
            return "TotpSetup[***]";
        }
    }

    record TotpEnable(String code) implements Request<Reply.TotpEnabled> {
    }

    record TotpDisable(String password, SecondFactor secondFactor) implements Request<Reply.Done> {
        @Override
        public String toString() {
            return "TotpDisable[***]";
        }
    }
}
