package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Logout;
import org.securechat.chat.Session;
import org.securechat.chat.SessionTokens;

/** {@code logout}: revokes this session's resume token, answers, and closes; the client must log in again. */
@ApplicationScoped
public class LogoutHandler implements OpHandler<Logout> {
    private final SessionTokens sessionTokens;
    private final Audit audit;

    public LogoutHandler(SessionTokens sessionTokens, Audit audit) {
        this.sessionTokens = sessionTokens;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Logout request) {
        Actor who = Actor.of(session);
        return sessionTokens.revokeOwn(session).thenRunAsync(() -> {
            audit.record(who, AuditAction.LOGOUT, who.account(), null);
            session.reply(requestId, new Reply.Done());
            session.close("logout");
        }, session.peer().executor());
    }
}
