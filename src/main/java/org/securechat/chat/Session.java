package org.securechat.chat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One connection's chat state: who it is (once authenticated), the rooms it receives, its budgets'
 * buckets, when it last sent a frame, and the chain that runs its frames one after another.
 */
public final class Session {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final Peer peer;
    private final long since;
    /** By budget, made on first use: an idle session holds almost none. On the session's thread only. */
    private final FloodBucket[] buckets = new FloodBucket[Budget.values().length];
    private final Set<String> rooms = ConcurrentHashMap.newKeySet();
    private volatile Account account;
    /** The admin logged in only to set TOTP up (chat.totp.required-for-admins), until it is on. */
    private volatile Account settingUpSecondFactor;
    private volatile String closeReason;
    /** SHA-256 of the resume token this session was last given: logout revokes it, passwd keeps it. */
    private volatile byte[] resumeTokenHash;
    private volatile boolean closed;
    private volatile long lastFrameMillis;
    /** Completes when the last frame submitted may be followed by the next; touched on the peer's thread. */
    CompletionStage<?> gate = CompletableFuture.completedFuture(null);
    int queuedFrames;
    /** The session's latest message write: its own later reads wait for it, so they see it. */
    private volatile CompletableFuture<?> lastWrite = CompletableFuture.completedFuture(null);

    public Session(Peer peer, long nowMillis) {
        this.peer = peer;
        this.since = nowMillis;
        this.lastFrameMillis = nowMillis;
    }

    public long id() {
        return id;
    }

    public Peer peer() {
        return peer;
    }

    public long since() {
        return since;
    }

    FloodBucket bucket(Budget budget, Supplier<FloodBucket> made) {
        FloodBucket bucket = buckets[budget.ordinal()];
        if (bucket == null) {
            bucket = made.get();
            buckets[budget.ordinal()] = bucket;
        }
        return bucket;
    }

    public Account account() {
        return account;
    }

    void authenticate(Account account) {
        this.account = account;
    }

    public boolean authenticated() {
        return account != null;
    }

    /** True while the session may only set TOTP up: its account is in {@link #holder()}, not yet {@link #account()}. */
    public boolean settingUpSecondFactor() {
        return settingUpSecondFactor != null;
    }

    void settingUpSecondFactor(Account admin) {
        this.settingUpSecondFactor = admin;
    }

    /** The account the session acts for: the authenticated one, or the one setting its second factor up; else null. */
    public Account holder() {
        Account in = account;
        return in != null ? in : settingUpSecondFactor;
    }

    byte[] resumeTokenHash() {
        return resumeTokenHash;
    }

    void resumeTokenHash(byte[] hash) {
        this.resumeTokenHash = hash;
    }

    public Set<String> rooms() {
        return rooms;
    }

    public List<String> sortedRooms() {
        return rooms.stream().sorted().toList();
    }

    void framed(long nowMillis) {
        lastFrameMillis = nowMillis;
    }

    /** When the peer last sent a frame (or connected): the idle timeout counts from here. */
    public long lastFrameMillis() {
        return lastFrameMillis;
    }

    public void wrote(CompletableFuture<?> write) {
        lastWrite = write;
    }

    /** Completes (never exceptionally) once the session's writes so far are settled. */
    public CompletableFuture<?> writesSettled() {
        return lastWrite.handle((ignored, failure) -> null);
    }

    public void send(Outbound frame) {
        peer.send(frame);
    }

    public void reply(Object requestId, Reply reply) {
        peer.send(Outbound.reply(requestId, reply));
    }

    /**
     * Closes the connection, remembering why for the presence event that may follow; a null reason
     * tells none.
     */
    public void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        peer.close();
    }

    void markClosed() {
        closed = true;
    }

    /** True once the connection has ended; work finishing later must not register it anywhere. */
    public boolean closed() {
        return closed;
    }

    public String closeReason() {
        return closeReason;
    }
}
