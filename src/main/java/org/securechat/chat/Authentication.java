package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.port.AwayMessages;
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

    public Authentication(ServerPassword serverPassword, LoginThrottle throttle, Attendance attendance,
                          AwayMessages aways, SecurityLog log, Audit audit) {
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
     * Authenticates the session as the account with its rooms and its stored away message, replies,
     * and announces the account if this is its first session.
     */
    public CompletionStage<Void> enter(Session session, Object requestId, AccountRecord record, List<String> rooms) {
        return aways.of(record.id()).thenAcceptAsync(away -> {
            if (!session.closed()) {
                Account account = record.account();
                attendance.enter(session, account, rooms, away.orElse(null));
                session.reply(requestId, new Reply.Authenticated(account.name(), account.admin(), session.sortedRooms()));
            }
        }, session.peer().executor());
    }
}
