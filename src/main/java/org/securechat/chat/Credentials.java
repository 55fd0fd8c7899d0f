package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.securechat.chat.port.AccountStore;
import org.securechat.security.PasswordHasher;

/**
 * The one check of a user name and password, behind the protocol's login and passwd and the admin
 * API: an attempt let through the throttle, the hash checked off the caller's thread, the attempt
 * settled. A miss costs as much as a hit, and every refusal reads the same.
 */
@ApplicationScoped
public class Credentials {
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Workers workers;
    private final SecurityLog log;
    private final Audit audit;

    public Credentials(AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle, Workers workers,
                       SecurityLog log, Audit audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.workers = workers;
        this.log = log;
        this.audit = audit;
    }

    /** As {@link #verify(LoginThrottle.Attempt, String, String, Predicate, String)}, for an attempt from this address. */
    public CompletableFuture<AccountRecord> verify(String address, String user, String password,
                                                   Predicate<AccountRecord> allowed, String refusal) {
        return verify(throttle.begin(address), user, password, allowed, refusal);
    }

    /**
     * The account, if the password is its own and {@code allowed} accepts it; else fails with
     * BAD_CREDENTIALS and {@code refusal} as the message, the attempt counted as a failure.
     */
    public CompletableFuture<AccountRecord> verify(LoginThrottle.Attempt attempt, String user, String password,
                                                   Predicate<AccountRecord> allowed, String refusal) {
        // If the store fails, or the bcrypt queue is full, the attempt simply stays counted.
        return accounts.find(user).thenCompose(account -> workers.hashing(() -> {
            boolean right = hasher.verify(password, account.map(AccountRecord::passwordHash).orElse(null));
            if (!right || !allowed.test(account.get())) {
                attempt.failed();
                String why = right ? "not allowed here" : "wrong password";
                log.failedLogin(user, attempt.address(), why);
                audit.failedLogin(account.map(AccountRecord::name).orElse(null), attempt.address(), why);
                throw new ChatError(ChatError.Reason.BAD_CREDENTIALS, refusal);
            }
            attempt.succeeded();
            return account.get();
        }));
    }
}
