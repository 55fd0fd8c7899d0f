package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.securechat.chat.port.InviteStore;
import org.securechat.security.InviteCodes;

/**
 * Invites: minted by an admin (protocol, REST, CLI), each good for one {@code register} in place
 * of the server password until it expires on the chat's clock.
 */
@ApplicationScoped
public class Invites {
    public static final long DEFAULT_TTL_S = Duration.ofDays(7).toSeconds();
    public static final long MAX_TTL_S = Duration.ofDays(90).toSeconds();

    /** A new invite, shown this once. */
    public record Minted(String invite, Instant expiresAt) {
        @Override
        public String toString() {
            return "Minted[hidden, " + expiresAt + "]";
        }
    }

    private final InviteStore store;
    private final InviteCodes codes;
    private final SecurityLog log;
    private final Audit audit;
    private final Clock clock;

    public Invites(InviteStore store, InviteCodes codes, SecurityLog log, Audit audit, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new invite good for {@code ttlS} seconds ({@value #DEFAULT_TTL_S} when null); BAD_REQUEST past the limits. */
    public CompletableFuture<Minted> mint(Actor by, Long ttlS) {
        long ttl = ttlS == null ? DEFAULT_TTL_S : ttlS;
        if (ttl < 1 || ttl > MAX_TTL_S) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "ttl_s must be from 1 to " + MAX_TTL_S + " seconds");
        }
        String invite = codes.generate();
        Instant expiresAt = clock.instant().plusSeconds(ttl);
        return store.add(codes.hash(invite), by.account(), expiresAt).thenApply(done -> {
            log.moderated(by, "minted an invite until", expiresAt.toString());
            audit.record(by, AuditAction.INVITE, null, "until " + expiresAt);
            return new Minted(invite, expiresAt);
        });
    }

    /**
     * Registers with the invite: spends it, then runs {@code register}; gives it back if that
     * fails. BAD_INVITE, saying which, for an unknown, used or expired invite.
     */
    public CompletableFuture<AccountRecord> register(String invite, Actor from,
                                                     Function<Void, CompletableFuture<AccountRecord>> register) {
        byte[] hash = codes.hash(InputRules.required("invite", invite));
        return store.claim(hash, clock.instant()).thenCompose(claim -> switch (claim) {
            case SPENT -> CompletableFuture.<Void>completedFuture(null).thenCompose(register).handle((account, failed) -> {
                if (failed != null) {
                    store.release(hash);
                    throw failed instanceof RuntimeException r ? r : new IllegalStateException(failed);
                }
                store.usedBy(hash, account.name());
                audit.record(new Actor(account.name(), from.source()), AuditAction.INVITE_USED, account.name(), null);
                return account;
            });
            case UNKNOWN -> refused(from, "no such invite");
            case USED -> refused(from, "this invite has been used");
            case EXPIRED -> refused(from, "this invite has expired");
        });
    }

    private CompletableFuture<AccountRecord> refused(Actor from, String why) {
        log.failedLogin(null, from.source(), "bad invite: " + why);
        audit.failedLogin(null, from.source(), "bad invite: " + why);
        return CompletableFuture.failedFuture(new ChatError(ChatError.Reason.BAD_INVITE, why));
    }
}
