package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.securechat.chat.port.AccountStore;
import org.securechat.security.PasswordHasher;

/**
 * The one check of a user's credentials, behind the protocol's login, passwd and the TOTP ops and
 * the admin API: an attempt let through the throttle, the hash checked off the caller's thread,
 * then the account's ban, if any, and its second factor, the attempt settled. A miss costs as much as a hit, and every
 * refusal of a password reads the same; whether a second factor is needed is told only to whoever
 * gave the right password.
 */
@ApplicationScoped
public class Credentials {
    /**
     * Who got in. {@code totpSetupRequired}: an admin without TOTP on a server that requires it for
     * admins, who may only set it up.
     */
    public record Verified(AccountRecord account, boolean totpSetupRequired) { }

    /** Who came back with a resume token, and its successor. */
    public record Resumed(Verified verified, ResumeToken token) { }

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Workers workers;
    private final SecurityLog log;
    private final SecondFactors secondFactors;
    private final Audit audit;
    private final SessionTokens sessionTokens;
    private final Bans bans;

    public Credentials(AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle, Workers workers,
                       SecurityLog log, SecondFactors secondFactors, Audit audit, SessionTokens sessionTokens,
                       Bans bans) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.workers = workers;
        this.log = log;
        this.secondFactors = secondFactors;
        this.audit = audit;
        this.sessionTokens = sessionTokens;
        this.bans = bans;
    }

    /**
     * The admin API's check, for HTTP Basic ({@code secondFactor} null) and for a request that
     * carries the second factor in one value (a header: six digits are a TOTP code, anything else a
     * recovery code). Fails with TOTP_REQUIRED for an admin with TOTP and no second factor given,
     * and FORBIDDEN for an admin who must set TOTP up first; otherwise as {@link #verify}, with
     * non-admins refused like a wrong password.
     */
    public CompletableFuture<AccountRecord> verifyAdmin(String address, String user, String password, String secondFactor,
                                                        String refusal) {
        return verify(throttle.begin(address), user, password, SecondFactorProof.of(secondFactor), AccountRecord::admin,
                refusal).thenApply(verified -> {
                    if (verified.totpSetupRequired()) {
                        throw new ChatError(ChatError.Reason.FORBIDDEN, "this server requires admins to use two-factor"
                                + " authentication: set it up in the chat client first");
                    }
                    return verified.account();
                });
    }

    /**
     * A login: the account, if the password is its own, {@code allowed} accepts it and, when it has
     * TOTP on, the code or recovery code is right (then spent). A wrong password, a refused account
     * or a wrong second factor fails with BAD_CREDENTIALS ({@code refusal} as the message for the
     * first two), counted as a failure; no second factor where one is needed fails with
     * TOTP_REQUIRED, not counted; a banned account, with the right password, with BANNED.
     */
    public CompletableFuture<Verified> verify(LoginThrottle.Attempt attempt, String user, String password,
                                              SecondFactorProof proof, Predicate<AccountRecord> allowed, String refusal) {
        // If the store fails, or the bcrypt queue is full, the attempt simply stays counted.
        return password(attempt, user, password, allowed, refusal).thenCompose(account -> admissible(attempt, account))
                .thenCompose(account -> secondFactors.check(account.id(), proof).thenApply(check -> switch (check) {
                    case NOT_ON -> {
                        attempt.succeeded();
                        yield new Verified(account, secondFactors.setupRequired(account, check));
                    }
                    case ACCEPTED -> {
                        attempt.succeeded();
                        yield new Verified(account, false);
                    }
                    case MISSING -> {
                        attempt.succeeded();
                        throw new ChatError(ChatError.Reason.TOTP_REQUIRED, "this account uses two-factor"
                                + " authentication: give the code from your authenticator app, or a recovery code");
                    }
                    case REFUSED -> {
                        attempt.failed();
                        log.failedLogin(user, attempt.address(), "wrong second factor");
                        audit.failedLogin(account.name(), attempt.address(), "wrong second factor");
                        throw new ChatError(ChatError.Reason.BAD_CREDENTIALS,
                                "wrong two-factor code, or one used already");
                    }
                }));
    }

    /**
     * A resume: the account, if the token is a live one of its own, which is rotated for the
     * session (the old one stops working). No password, no second factor: the token stands for
     * the login that got it. Any refusal (no such user, an unknown, expired, revoked or another
     * account's token) fails alike with BAD_TOKEN, not counted in the throttle: a client retrying
     * a token whose successor it never received must not slow its address down. A banned account
     * is refused with BANNED before its token is looked at (a ban revokes its tokens as well).
     */
    public CompletableFuture<Resumed> resume(Session session, String user, String token, String deviceId) {
        String address = session.peer().remoteAddress();
        return accounts.find(user).thenCompose(found -> found
                .map(account -> bans.refuseIfBanned(account).thenCompose(notBanned ->
                        sessionTokens.rotate(session, account.id(), token, deviceId)).thenCompose(next ->
                        next == null ? CompletableFuture.<Resumed>failedFuture(badToken(user, address))
                                : secondFactors.check(account.id(), SecondFactorProof.NONE).thenApply(check ->
                                        new Resumed(new Verified(account, secondFactors.setupRequired(account, check)),
                                                next))))
                .orElseGet(() -> CompletableFuture.failedFuture(badToken(user, address))));
    }

    private ChatError badToken(String user, String address) {
        log.resumeRefused(user, address);
        audit.record(Actor.from(address), AuditAction.RESUME_FAILED, InputRules.couldBeUsername(user) ? user : null, null);
        return new ChatError(ChatError.Reason.BAD_TOKEN, "the session token is not valid any more: log in again");
    }

    /**
     * The account, if no ban is in force on it; else fails with BANNED, the attempt settled as no
     * guess (the password was right). Told only to whoever gave the right password.
     */
    private CompletableFuture<AccountRecord> admissible(LoginThrottle.Attempt attempt, AccountRecord account) {
        return bans.refuseIfBanned(account).whenComplete((ok, banned) -> {
            if (banned != null && ChatError.in(banned).isPresent()) {
                attempt.succeeded();
            }
        }).thenApply(ok -> account);
    }

    /**
     * The password alone, for a session that is in already (passwd, totp_setup): the account, if
     * the password is its own; else fails with BAD_CREDENTIALS and {@code refusal}, counted.
     */
    public CompletableFuture<AccountRecord> checkPassword(String address, String user, String password, String refusal) {
        LoginThrottle.Attempt attempt = throttle.begin(address);
        return password(attempt, user, password, account -> true, refusal).thenApply(account -> {
            attempt.succeeded();
            return account;
        });
    }

    /** The account, if the password is its own and {@code allowed} accepts it; the attempt left open when it is. */
    private CompletableFuture<AccountRecord> password(LoginThrottle.Attempt attempt, String user, String password,
                                                      Predicate<AccountRecord> allowed, String refusal) {
        return accounts.find(user).thenCompose(account -> workers.hashing(() -> {
            boolean right = hasher.verify(password, account.map(AccountRecord::passwordHash).orElse(null));
            if (!right || !allowed.test(account.get())) {
                attempt.failed();
                String why = right ? "not allowed here" : "wrong password";
                log.failedLogin(user, attempt.address(), why);
                audit.failedLogin(account.map(AccountRecord::name).orElse(null), attempt.address(), why);
                throw new ChatError(ChatError.Reason.BAD_CREDENTIALS, refusal);
            }
            return account.get();
        }));
    }
}
