package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.AccountRecord;
import org.securechat.chat.AccountService;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.Authentication;
import org.securechat.chat.Invites;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Registrations;
import org.securechat.chat.SecurityLog;
import org.securechat.chat.Requests.Register;
import org.securechat.chat.Session;
import org.securechat.chat.SessionTokens;
import org.securechat.chat.port.AccountStore;

/** {@code register}: with the server password or an invite, creates the account, a member of {@code general}, and logs the session in. */
@ApplicationScoped
public class RegisterHandler implements OpHandler<Register> {
    private final Authentication authentication;
    private final AccountService accounts;
    private final Registrations registrations;
    private final SecurityLog log;
    private final Audit audit;
    private final SessionTokens sessionTokens;
    private final Invites invites;

    public RegisterHandler(Authentication authentication, AccountService accounts, Registrations registrations,
                           SecurityLog log, Audit audit, SessionTokens sessionTokens, Invites invites) {
        this.sessionTokens = sessionTokens;
        this.authentication = authentication;
        this.accounts = accounts;
        this.registrations = registrations;
        this.log = log;
        this.audit = audit;
        this.invites = invites;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Register request) {
        // The server password, or an invite, was the credential; the name and password are checked by the rules.
        String address = session.peer().remoteAddress();
        CompletableFuture<AccountRecord> created;
        if (request.invite() != null && request.serverPassword() == null) {
            created = invites.register(request.invite(), Actor.from(address),
                    spent -> accounts.create(request.user(), request.password(), false, () -> registrations.spend(address)));
        } else {
            authentication.admit(session, request.serverPassword()).succeeded();
            created = accounts.create(request.user(), request.password(), false, () -> registrations.spend(address));
        }
        return created.thenComposeAsync(account -> {
                    log.registered(account.name(), address);
                    audit.record(new Actor(account.name(), address), AuditAction.REGISTER, account.name(), null);
                    return sessionTokens.issue(session, account.id(), request.deviceId()).thenCompose(token ->
                            authentication.enter(session, requestId, account, List.of(AccountStore.FIRST_ROOM), token));
                }, session.peer().executor());
    }
}
