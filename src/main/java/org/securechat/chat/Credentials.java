package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.AccountStore;
import org.securechat.security.PasswordHasher;

/**
 * The one check of a user name and password, behind the protocol's login and passwd and the admin
 * API: the throttle first, then the hash (off the caller's thread), then the outcome recorded.
 */
@ApplicationScoped
public class Credentials {
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Workers workers;

    public Credentials(AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle, Workers workers) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.workers = workers;
    }

    /**
     * The account, if the password is its own; else fails with BAD_CREDENTIALS and {@code refusal} as
     * the message, or with TOO_MANY_ATTEMPTS while the account or the address must wait.
     */
    public CompletableFuture<AccountRecord> verify(String user, String password, String address, String refusal) {
        throttle.check(user, address);
        return accounts.find(user).thenApplyAsync(account -> {
            if (!hasher.verify(password, account.map(AccountRecord::passwordHash).orElse(null))) {
                throttle.failed(user, address);
                throw new ChatError(ChatError.Reason.BAD_CREDENTIALS, refusal);
            }
            throttle.succeeded(user);
            return account.get();
        }, workers.hashing());
    }
}
