package org.securechat.chat;

/** The fields of each op of PROTOCOL.md, one record each; a field the frame lacks is null. */
public final class Requests {
    private Requests() {
    }

    /** {@code deviceId}: the client install's id from an earlier reply, if it has one; {@code invite}: in place of the server password. */
    public record Register(String user, String password, String serverPassword, String deviceId, String invite) { }

    /**
     * {@code totp} (a code) or {@code recoveryCode}: the second factor, for an account with TOTP on.
     * {@code deviceId}: the client install's id from an earlier reply, if it has one.
     */
    public record Login(String user, String password, String serverPassword, String totp, String recoveryCode,
                        String deviceId) { }

    /** {@code token}: the resume token of the last login, register or resume. */
    public record Resume(String user, String token, String deviceId) { }

    public record Logout() { }

    public record Send(String room, String text, String kind) { }

    public record Dm(String to, String text, String kind) { }

    public record Join(String room) { }

    public record Leave(String room) { }

    /** A page of the room list: names after {@code after}, at most {@code limit}. */
    public record Rooms(Integer limit, String after) { }

    /** A page of the online users, by name after {@code after}, at most {@code limit}. */
    public record Users(String room, Integer limit, String after) { }

    public record History(String room, String with, Long before, Integer limit) { }

    /** A page of the conversations, newest activity first: those older than {@code after} (a last_msg_id). */
    public record Conversations(Integer limit, Long after) { }

    public record MarkRead(String room, String with, Long msgId) { }

    /** No text (or a blank one) clears the away message. */
    public record Away(String text) { }

    /** {@code replacement} is the frame's field "new", a Java keyword. */
    public record Passwd(String old, String replacement) { }

    public record Ping() { }

    public record Quit() { }

    /** {@code revoke}: also revoke every resume token of the user, who must then log in again. */
    public record Kick(String user, String reason, Boolean revoke) { }

    public record Regen() { }

    /** {@code durationS}: null for a ban until lifted. */
    public record Ban(String user, String reason, Long durationS) { }

    public record Unban(String user) { }

    public record Bans() { }

    /** {@code ttlS}: null for the default. */
    public record Invite(Long ttlS) { }

    /** {@code restart}: tell clients the server will be back, so they resume. */
    public record Stop(String reason, Boolean restart) { }

    public record TotpSetup(String password) { }

    public record TotpEnable(String code) { }

    /** The password and the second factor: a code, or a recovery code. */
    public record TotpDisable(String password, String code, String recoveryCode) { }
}
