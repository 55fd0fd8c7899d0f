package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Account;
import org.securechat.chat.AccountService;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.Credentials;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Passwd;
import org.securechat.chat.Session;
import org.securechat.chat.SessionTokens;

/**
 * {@code passwd}: a new password, given the old one; a wrong old one counts as a failed login. Every
 * resume token of the account but this session's is revoked: a stolen one stops working.
 */
@ApplicationScoped
public class PasswdHandler implements OpHandler<Passwd> {
    private final Credentials credentials;
    private final AccountService accounts;
    private final Audit audit;
    private final SessionTokens sessionTokens;

    public PasswdHandler(Credentials credentials, AccountService accounts, Audit audit, SessionTokens sessionTokens) {
        this.sessionTokens = sessionTokens;
        this.credentials = credentials;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Passwd request) {
        String old = InputRules.required("old", request.old());
        String replacement = InputRules.password(request.replacement());
        Account me = session.account();
        return credentials.checkPassword(session.peer().remoteAddress(), me.name(), old, "the old password is wrong")
                .thenCompose(account -> accounts.setPassword(account.id(), replacement))
                .thenCompose(done -> sessionTokens.revokeOthers(session))
                .thenAccept(revoked -> {
                    audit.record(Actor.of(session), AuditAction.PASSWD, me.name(), null);
                    session.reply(requestId, new Reply.Done());
                });
    }
}
