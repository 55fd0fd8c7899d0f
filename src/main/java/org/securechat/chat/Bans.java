package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.AccountStore;
import org.securechat.chat.port.BanStore;
import org.securechat.chat.port.Delivery;

/**
 * Account bans: the one code path behind the protocol's ban ops, the REST API and the CLI, and the
 * one check ({@link #refuseIfBanned}) every way into an account makes. A timed ban ends by itself
 * on the chat's clock.
 */
@ApplicationScoped
public class Bans {
    /** The longest timed ban, ten years: longer is a ban without end. */
    public static final long MAX_DURATION_S = Duration.ofDays(3650).toSeconds();

    private final AccountStore accounts;
    private final BanStore store;
    private final Delivery delivery;
    private final SecurityLog log;
    private final Audit audit;
    private final Clock clock;
    private final SessionTokens sessionTokens;

    public Bans(AccountStore accounts, BanStore store, Delivery delivery, SecurityLog log, Audit audit, Clock clock,
                SessionTokens sessionTokens) {
        this.sessionTokens = sessionTokens;
        this.accounts = accounts;
        this.store = store;
        this.delivery = delivery;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Bans the account (replacing a ban it had) for {@code durationS} seconds, or until lifted when
     * null, ends its resume tokens (so no banned session comes back), then closes its sessions
     * after telling each why. Refuses banning oneself (FORBIDDEN) and
     * an unknown name (NO_SUCH_USER).
     */
    public CompletableFuture<Ban> ban(Actor by, String user, String reason, Long durationS) {
        String name = InputRules.existingUsername("user", user);
        String why = InputRules.reason(reason);
        Instant until = until(clock, durationS);
        if (by.account() != null && Account.key(by.account()).equals(Account.key(name))) {
            throw new ChatError(ChatError.Reason.FORBIDDEN, "you cannot ban yourself");
        }
        return existing(name).thenCompose(account -> store.put(account.id(), by.account(), why, until)
                .thenCompose(done -> sessionTokens.revokeAll(by, account.account(), "banned")).thenApply(revoked -> {
            Ban ban = new Ban(account.name(), by.account(), why, until);
            delivery.disconnect(account.name(), Outbound.event(new Event.Kicked(by.account(), farewell(ban))), "banned");
            String detail = until == null ? why : "until " + until + (why == null ? "" : ": " + why);
            log.moderated(by, "banned", account.name());
            audit.record(by, AuditAction.BAN, account.name(), detail);
            return ban;
        }));
    }

    /** Lifts the account's ban; NOT_BANNED when it has none in force, NO_SUCH_USER for an unknown name. */
    public CompletableFuture<Void> unban(Actor by, String user) {
        String name = InputRules.existingUsername("user", user);
        return existing(name).thenCompose(account -> store.remove(account.id())).thenAccept(removed -> {
            if (removed.isEmpty() || !removed.get().inForceAt(clock.instant())) {
                throw new ChatError(ChatError.Reason.NOT_BANNED, name + " is not banned");
            }
            log.moderated(by, "unbanned", removed.get().user());
            audit.record(by, AuditAction.UNBAN, removed.get().user(), null);
        });
    }

    /** The bans in force now, by user name. */
    public CompletableFuture<List<Ban>> inForce() {
        return store.inForce(clock.instant());
    }

    /**
     * The ban check of every way into an account (login, the admin API, and resume): fails with
     * BANNED, carrying the seconds left of a timed ban, while one is in force.
     */
    public CompletableFuture<Void> refuseIfBanned(AccountRecord account) {
        return store.of(account.id()).thenAccept(found -> found.filter(ban -> ban.inForceAt(clock.instant()))
                .ifPresent(ban -> {
                    throw new ChatError(ChatError.Reason.BANNED, farewell(ban), secondsLeft(clock, ban.until()));
                }));
    }

    private CompletableFuture<AccountRecord> existing(String name) {
        return accounts.find(name).thenApply(found -> found.orElseThrow(
                () -> new ChatError(ChatError.Reason.NO_SUCH_USER, "no such user: " + name)));
    }

    /** The end of a ban of {@code durationS} seconds from now, null for none; BAD_REQUEST past the limits. */
    static Instant until(Clock clock, Long durationS) {
        if (durationS != null && (durationS < 1 || durationS > MAX_DURATION_S)) {
            throw new ChatError(ChatError.Reason.BAD_REQUEST, "duration_s must be from 1 to " + MAX_DURATION_S + " seconds");
        }
        return durationS == null ? null : clock.instant().plusSeconds(durationS);
    }

    /** The seconds a ban has left, rounded up; null for one without end. */
    static Long secondsLeft(Clock clock, Instant until) {
        return until == null ? null : Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000);
    }

    /** What the banned are told: "banned", its end if it has one, its reason if given. */
    static String farewell(Instant until, String reason) {
        return "banned" + (until == null ? "" : " until " + until) + (reason == null ? "" : ": " + reason);
    }

    private static String farewell(Ban ban) {
        return farewell(ban.until(), ban.reason());
    }
}
