package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.securechat.ChatConfig;
import org.securechat.chat.port.SessionTokenStore;
import org.securechat.security.ResumeTokens;

/**
 * Resume tokens: issued to a session that got in, rotated by {@code resume} (through
 * {@link Credentials#resume}), revoked by logout, passwd, an admin or a ban. Expiry is measured
 * on the injected clock from a token's last use.
 */
@ApplicationScoped
public class SessionTokens {
    /** Live tokens an account may hold (one per device or install); the least recently used go first. */
    public static final int MAX_PER_ACCOUNT = 32;

    private final SessionTokenStore store;
    private final ResumeTokens tokens;
    private final Clock clock;
    private final long ttlMillis;
    private final SecurityLog log;
    private final Audit audit;

    public SessionTokens(SessionTokenStore store, ResumeTokens tokens, Clock clock, ChatConfig config, SecurityLog log,
                         Audit audit) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
        this.ttlMillis = config.session().ttl().toMillis();
        this.log = log;
        this.audit = audit;
    }

    /** A new token for the session, bound to the device id it gave if well formed, else a new one. */
    public CompletableFuture<ResumeToken> issue(Session session, long accountId, String deviceId) {
        ResumeToken issued = new ResumeToken(tokens.mint(), device(deviceId));
        byte[] hash = tokens.hash(issued.token());
        long now = clock.millis();
        return store.issue(accountId, issued.deviceId(), hash, now, now - ttlMillis, MAX_PER_ACCOUNT)
                .thenApply(done -> {
                    session.resumeTokenHash(hash);
                    return issued;
                });
    }

    /**
     * The token's successor, bound to the device id given if well formed, else to the token's; null
     * when the account has no such live token. Only Credentials calls this.
     */
    CompletableFuture<ResumeToken> rotate(Session session, long accountId, String token, String deviceId) {
        String next = tokens.mint();
        byte[] hash = tokens.hash(next);
        long now = clock.millis();
        String device = tokens.wellFormedDeviceId(deviceId) ? deviceId : null;
        return store.rotate(accountId, tokens.hash(token), hash, device, now, now - ttlMillis)
                .thenApply(rotated -> rotated.map(boundTo -> {
                    session.resumeTokenHash(hash);
                    return new ResumeToken(next, boundTo);
                }).orElse(null));
    }

    /** Revokes the session's own token (logout). */
    public CompletableFuture<Boolean> revokeOwn(Session session) {
        byte[] own = session.resumeTokenHash();
        Account holder = session.holder();
        if (own == null || holder == null) {
            return CompletableFuture.completedFuture(false);
        }
        session.resumeTokenHash(null);
        return store.revoke(holder.id(), own);
    }

    /** Revokes every token of the session's account but its own (passwd), recorded when any went. */
    public CompletableFuture<Integer> revokeOthers(Session session) {
        Account holder = session.holder();
        return store.revokeAll(holder.id(), session.resumeTokenHash())
                .thenApply(count -> revoked(Actor.of(session), holder.name(), count, "password changed"));
    }

    /**
     * Revokes every token of the account (an admin's revoke, a password set by an admin, a ban),
     * recorded with {@code reason} when any went; how many.
     */
    public CompletableFuture<Integer> revokeAll(Actor who, Account account, String reason) {
        return store.revokeAll(account.id(), null).thenApply(count -> revoked(who, account.name(), count, reason));
    }

    private int revoked(Actor who, String account, int count, String reason) {
        if (count > 0) {
            log.tokensRevoked(account, count, who.describe(), reason);
            audit.record(who, AuditAction.TOKENS_REVOKED, account, count + " (" + reason + ")");
        }
        return count;
    }

    private String device(String given) {
        return tokens.wellFormedDeviceId(given) ? given : tokens.mintDeviceId();
    }
}
