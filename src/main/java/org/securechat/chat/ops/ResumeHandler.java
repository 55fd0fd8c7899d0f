package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.Authentication;
import org.securechat.chat.Credentials;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Requests.Resume;
import org.securechat.chat.SecurityLog;
import org.securechat.chat.Session;

/**
 * {@code resume}: back in with the token of the last login, register or resume, which is rotated;
 * no server password, no password hash. The session is entered as after a login.
 */
@ApplicationScoped
public class ResumeHandler implements OpHandler<Resume> {
    private final Authentication authentication;
    private final Credentials credentials;
    private final SecurityLog log;
    private final Audit audit;

    public ResumeHandler(Authentication authentication, Credentials credentials, SecurityLog log, Audit audit) {
        this.authentication = authentication;
        this.credentials = credentials;
        this.log = log;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Resume request) {
        String user = InputRules.required("user", request.user());
        String token = InputRules.required("token", request.token());
        return credentials.resume(session, user, token, request.deviceId())
                .thenCompose(resumed -> authentication.enter(session, requestId, resumed.verified(), resumed.token())
                        .thenRun(() -> {
                            if (session.holder() != null) {
                                log.resumed(session.holder().name(), session.peer().remoteAddress());
                                audit.record(Actor.of(session), AuditAction.RESUME, session.holder().name(),
                                        resumed.token().deviceId());
                            }
                        }));
    }
}
