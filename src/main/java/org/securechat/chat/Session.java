package org.securechat.chat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.securechat.protocol.EncodedFrame;

/**
 * One connection's chat state: who it is (once authenticated), the rooms it receives, its flood
 * bucket, and the chain that runs its frames one after another.
 */
public final class Session {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final Peer peer;
    private final long since = System.currentTimeMillis();
    private final FloodBucket flood;
    private final Set<String> rooms = ConcurrentHashMap.newKeySet();
    private volatile Account account;
    private volatile String closeReason;
    private volatile boolean closed;
    /** Completes when the last frame submitted may be followed by the next; touched on the peer's thread. */
    CompletionStage<?> gate = CompletableFuture.completedFuture(null);
    int queuedFrames;
    /** The session's latest message write: its own later reads wait for it, so they see it. */
    private volatile CompletableFuture<?> lastWrite = CompletableFuture.completedFuture(null);

    public Session(Peer peer, FloodBucket flood) {
        this.peer = peer;
        this.flood = flood;
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

    public FloodBucket flood() {
        return flood;
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

    public Set<String> rooms() {
        return rooms;
    }

    public List<String> sortedRooms() {
        return rooms.stream().sorted().toList();
    }

    public void wrote(CompletableFuture<?> write) {
        lastWrite = write;
    }

    /** Completes (never exceptionally) once the session's writes so far are settled. */
    public CompletableFuture<?> writesSettled() {
        return lastWrite.handle((ignored, failure) -> null);
    }

    public void send(EncodedFrame frame) {
        peer.send(frame);
    }

    /** Closes the connection, remembering why for the presence event that may follow. */
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
