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
import org.securechat.chat.Requests.Login;
import org.securechat.chat.SecondFactorProof;
import org.securechat.chat.Session;
import org.securechat.chat.SessionTokens;

/**
 * {@code login}: checks the password and the second factor (throttled per source) and enters the
 * account's rooms, with a new resume token; an admin who must set TOTP up first gets a session for that alone.
 */
@ApplicationScoped
public class LoginHandler implements OpHandler<Login> {
    private final Authentication authentication;
    private final Credentials credentials;
    private final SessionTokens sessionTokens;
    private final Audit audit;

    public LoginHandler(Authentication authentication, Credentials credentials, SessionTokens sessionTokens,
                        Audit audit) {
        this.authentication = authentication;
        this.credentials = credentials;
        this.sessionTokens = sessionTokens;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Login request) {
        String user = InputRules.required("user", request.user());
        String password = InputRules.required("password", request.password());
        SecondFactorProof proof = new SecondFactorProof(request.totp(), request.recoveryCode());
        return credentials.verify(authentication.admit(session, request.serverPassword()), user, password, proof,
                        account -> true, "wrong user name or password")
                .thenCompose(verified -> sessionTokens.issue(session, verified.account().id(), request.deviceId())
                        .thenCompose(token -> authentication.enter(session, requestId, verified, token)))
                .thenRun(() -> {
                    // Only a login that got in (or in to set TOTP up): the account's session cap or a
                    // closed connection may stop it.
                    if (session.holder() != null) {
                        audit.record(Actor.of(session), AuditAction.LOGIN, session.holder().name(), null);
                    }
                });
    }
}
