package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Authentication;
import org.securechat.chat.InputRules;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.chat.Workers;
import org.securechat.protocol.ClientOps.Register;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.ProtocolException;
import org.securechat.security.PasswordHasher;
import org.securechat.store.AccountStore;

/** {@code register}: creates the account, a member of {@code general}, and logs the session in. */
@ApplicationScoped
public class RegisterHandler implements OpHandler<Register> {
    private final Authentication authentication;
    private final PasswordHasher hasher;
    private final AccountStore accounts;
    private final Workers workers;

    public RegisterHandler(Authentication authentication, PasswordHasher hasher, AccountStore accounts, Workers workers) {
        this.authentication = authentication;
        this.hasher = hasher;
        this.accounts = accounts;
        this.workers = workers;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Register op) {
        authentication.admit(session, null, op.serverPassword());
        String user = InputRules.username(op.user());
        String password = InputRules.password(op.password());
        return workers.hashing(() -> hasher.hash(password))
                .thenCompose(hash -> accounts.create(user, hash, false))
                .exceptionally(failure -> {
                    if (failure instanceof CompletionException wrapped
                            && wrapped.getCause() instanceof AccountStore.NameTakenException) {
                        throw new ProtocolException(ErrorCode.USER_EXISTS, "the name " + user + " is taken");
                    }
                    throw (CompletionException) failure;
                })
                .thenComposeAsync(account -> authentication.enter(session, id, account, List.of(AccountStore.FIRST_ROOM)),
                        session.peer().executor());
    }
}
