package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.port.AwayMessages;
import org.securechat.chat.port.RoomStore;
import org.securechat.security.ServerPassword;

/** What register and login share: the gate of the server password, and a session's entry into the chat. */
@ApplicationScoped
public class Authentication {
    private final ServerPassword serverPassword;
    private final LoginThrottle throttle;
    private final Attendance attendance;
    private final AwayMessages aways;
    private final SecurityLog log;
    private final Audit audit;
    private final RoomStore rooms;

    public Authentication(ServerPassword serverPassword, LoginThrottle throttle, Attendance attendance,
                          AwayMessages aways, SecurityLog log, Audit audit, RoomStore rooms) {
        this.rooms = rooms;
        this.serverPassword = serverPassword;
        this.aways = aways;
        this.throttle = throttle;
        this.attendance = attendance;
        this.log = log;
        this.audit = audit;
    }

    /**
     * Lets the session's attempt through the throttle and the server password (a wrong one counts as
     * a failure of its source); the attempt is still open, for the caller to settle.
     */
    public LoginThrottle.Attempt admit(Session session, String givenServerPassword) {
        LoginThrottle.Attempt attempt = throttle.begin(session.peer().remoteAddress());
        if (!serverPassword.matches(givenServerPassword)) {
            attempt.failed();
            log.failedLogin(null, attempt.address(), "wrong server password");
            audit.failedLogin(null, attempt.address(), "wrong server password");
            throw new ChatError(ChatError.Reason.BAD_SERVER_PASSWORD, "the server password is wrong");
        }
        return attempt;
    }

    /**
     * What login and resume share: the verified account enters its rooms, or, when it must set
     * TOTP up first, gets a session for that alone.
     */
    public CompletionStage<Void> enter(Session session, Object requestId, Credentials.Verified verified,
                                       ResumeToken token) {
        return verified.totpSetupRequired()
                ? CompletableFuture.completedFuture(verified.account()).thenComposeAsync(
                        admin -> enterForSetup(session, requestId, admin, token), session.peer().executor())
                : rooms.roomsOf(verified.account().id()).thenComposeAsync(
                        joined -> enter(session, requestId, verified.account(), joined, token), session.peer().executor());
    }

    /**
     * Authenticates the session as the account with its rooms and its stored away message, replies
     * (with the session's new resume token), and announces the account if this is its first session.
     */
    public CompletionStage<Void> enter(Session session, Object requestId, AccountRecord record, List<String> rooms,
                                       ResumeToken token) {
        return aways.of(record.id()).thenAcceptAsync(away -> {
            if (!session.closed()) {
                Account account = record.account();
                attendance.enter(session, account, rooms, away.orElse(null));
                session.reply(requestId, new Reply.Authenticated(account.name(), account.admin(), session.sortedRooms(), token));
            }
        }, session.peer().executor());
    }

    /**
     * Lets an admin who must set TOTP up in for that alone: not yet in the chat (no rooms, no
     * presence, no messages), told so in the reply. Runs on the session's thread.
     */
    public CompletionStage<Void> enterForSetup(Session session, Object requestId, AccountRecord record,
                                               ResumeToken token) {
        if (!session.closed()) {
            session.settingUpSecondFactor(record.account());
            session.reply(requestId, new Reply.Authenticated(record.name(), record.admin(), List.of(), true,
                    token.token(), token.deviceId()));
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * The session that could only set TOTP up, now that it is on, enters the chat with the account's
     * rooms, which it returns. Runs on the session's thread.
     */
    public List<String> completeSetup(Session session, List<String> rooms) {
        Account account = session.holder();
        // An away message stored earlier shows from the account's next login: this entry is synchronous.
        attendance.enter(session, account, rooms, null);
        session.settingUpSecondFactor(null);
        return session.sortedRooms();
    }
}
