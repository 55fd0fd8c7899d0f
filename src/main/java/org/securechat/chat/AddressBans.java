package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.port.AddressBanStore;

/**
 * Address and network bans: set and lifted through the admin API and the CLI, kept in the store
 * and, for the check at every new connection (on the event loop), in memory as well.
 */
@ApplicationScoped
public class AddressBans {
    private record Entry(AddressRange range, AddressBan ban) { }

    private final AddressBanStore store;
    private final Sessions sessions;
    private final SecurityLog log;
    private final Audit audit;
    private final Clock clock;
    private volatile List<Entry> entries = List.of();

    public AddressBans(AddressBanStore store, Sessions sessions, SecurityLog log, Audit audit, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the bans from the store, at start and after each change. */
    public CompletableFuture<Void> load() {
        return store.all().thenAccept(all -> entries = all.stream()
                .map(ban -> new Entry(AddressRange.parse(ban.cidr()), ban)).toList());
    }

    /**
     * Bans the address or network (replacing a ban it had) and closes every session from it;
     * BAD_REQUEST for what is no address or network, FORBIDDEN when it holds the admin's own address.
     */
    public CompletableFuture<AddressBan> ban(Actor by, String address, String reason, Long durationS) {
        AddressRange range = AddressRange.parse(address);
        String why = InputRules.reason(reason);
        Instant until = Bans.until(clock, durationS);
        if (range.contains(by.source())) {
            throw new ChatError(ChatError.Reason.FORBIDDEN, range + " holds your own address " + by.source());
        }
        AddressBan ban = new AddressBan(range.toString(), by.account(), why, until);
        return store.put(ban.cidr(), by.account(), why, until).thenCompose(done -> load()).thenApply(done -> {
            Outbound farewell = Outbound.event(new Event.Kicked(by.account(), Bans.farewell(until, why)));
            for (Session session : sessions.connected()) {
                if (range.contains(session.peer().remoteAddress())) {
                    session.send(farewell);
                    session.close("banned");
                }
            }
            log.moderated(by, "banned the address", ban.cidr());
            audit.record(by, AuditAction.ADDRESS_BAN, ban.cidr(), until == null ? why
                    : "until " + until + (why == null ? "" : ": " + why));
            return ban;
        });
    }

    /** Lifts the ban of exactly this address or network; NOT_BANNED when it has none in force. */
    public CompletableFuture<Void> unban(Actor by, String address) {
        String cidr = AddressRange.parse(address).toString();
        return store.remove(cidr).thenCompose(removed -> load().thenAccept(done -> {
            if (removed.isEmpty() || !removed.get().inForceAt(clock.instant())) {
                throw new ChatError(ChatError.Reason.NOT_BANNED, cidr + " is not banned");
            }
            log.moderated(by, "lifted the ban of the address", cidr);
            audit.record(by, AuditAction.ADDRESS_UNBAN, cidr, null);
        }));
    }

    /** The address bans in force now, by network. */
    public List<AddressBan> inForce() {
        Instant now = clock.instant();
        return entries.stream().map(Entry::ban).filter(ban -> ban.inForceAt(now)).toList();
    }

    /** BANNED, for a new connection from an address a ban in force holds; else empty. Never blocks. */
    public Optional<ChatError> refusal(String address) {
        Instant now = clock.instant();
        return entries.stream().filter(e -> e.ban().inForceAt(now) && e.range().contains(address)).findFirst()
                .map(e -> new ChatError(ChatError.Reason.BANNED, "connections from this address are banned",
                        Bans.secondsLeft(clock, e.ban().until())));
    }
}
