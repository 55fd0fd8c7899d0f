package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.Credentials;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.TotpSetup;
import org.securechat.chat.SecondFactors;
import org.securechat.chat.Session;

/** {@code totp_setup}: given the password again, a new TOTP secret, not enforced until totp_enable. */
@ApplicationScoped
public class TotpSetupHandler implements OpHandler<TotpSetup> {
    private final Credentials credentials;
    private final SecondFactors secondFactors;

    public TotpSetupHandler(Credentials credentials, SecondFactors secondFactors) {
        this.credentials = credentials;
        this.secondFactors = secondFactors;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, TotpSetup request) {
        String password = InputRules.required("password", request.password());
        Account me = session.holder();
        return credentials.checkPassword(session.peer().remoteAddress(), me.name(), password, "the password is wrong")
                .thenCompose(account -> secondFactors.setup(me))
                .thenAccept(setup -> session.reply(requestId, new Reply.TotpSecret(setup.secret(), setup.uri())));
    }
}
