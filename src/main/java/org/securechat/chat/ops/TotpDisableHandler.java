package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.Credentials;
import org.securechat.chat.InputRules;
import org.securechat.chat.LoginThrottle;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.TotpDisable;
import org.securechat.chat.SecondFactorProof;
import org.securechat.chat.SecondFactors;
import org.securechat.chat.Session;

/** {@code totp_disable}: the password and a code (or a recovery code), checked like a login, turn TOTP off. */
@ApplicationScoped
public class TotpDisableHandler implements OpHandler<TotpDisable> {
    private final Credentials credentials;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;
    private final Audit audit;

    public TotpDisableHandler(Credentials credentials, LoginThrottle throttle, SecondFactors secondFactors,
                              Audit audit) {
        this.credentials = credentials;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, TotpDisable request) {
        String password = InputRules.required("password", request.password());
        SecondFactorProof proof = new SecondFactorProof(request.code(), request.recoveryCode());
        if (!proof.given()) {
            InputRules.required("code", request.code());
        }
        Account me = session.account();
        secondFactors.mayDisable(me);
        return credentials.verify(throttle.begin(session.peer().remoteAddress()), me.name(), password, proof,
                        account -> true, "the password is wrong")
                .thenCompose(verified -> secondFactors.disable(me))
                .thenAccept(done -> {
                    audit.record(Actor.of(session), AuditAction.TOTP_DISABLE, me.name(), null);
                    session.reply(requestId, new Reply.Done());
                });
    }
}
