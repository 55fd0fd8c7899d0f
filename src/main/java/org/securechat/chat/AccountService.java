package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.AccountStore;
import org.securechat.security.CommonPasswords;
import org.securechat.security.PasswordHasher;

/**
 * Accounts made and passwords set, by every route that does it (register, {@code user add}, the
 * bootstrap admin; passwd and {@code user passwd}): the input rules, then the hash off the caller's
 * thread, then the store.
 */
@ApplicationScoped
public class AccountService {
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final CommonPasswords common;
    private final Workers workers;

    public AccountService(AccountStore accounts, PasswordHasher hasher, CommonPasswords common, Workers workers) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.common = common;
        this.workers = workers;
    }

    /** A new account, a member of {@code general}; fails with USER_EXISTS when the name is taken in any case. */
    public CompletableFuture<AccountRecord> create(String user, String password, boolean admin) {
        return create(user, password, admin, () -> { });
    }

    /** As {@link #create(String, String, boolean)}; {@code admitted} runs once the rules pass, before the hash. */
    public CompletableFuture<AccountRecord> create(String user, String password, boolean admin, Runnable admitted) {
        String name = InputRules.username(user);
        InputRules.password(password);
        admitted.run();
        return hashed(password).thenCompose(hash -> accounts.create(name, hash, admin));
    }

    public CompletableFuture<Void> setPassword(long accountId, String password) {
        InputRules.password(password);
        return hashed(password).thenCompose(hash -> accounts.setPassword(accountId, hash));
    }

    /** The hash of a new password, unless it is a common one. */
    private CompletableFuture<String> hashed(String password) {
        return workers.hashing(() -> {
            common.refuseCommon(password);
            return hasher.hash(password);
        });
    }
}
