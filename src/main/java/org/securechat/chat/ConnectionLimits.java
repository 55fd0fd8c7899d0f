package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.securechat.ChatConfig;

/**
 * Open connections on this node, all together and per source (an address, an IPv6 /64): one host
 * cannot hold the server's sockets, or its file descriptors, away from everyone else.
 */
@ApplicationScoped
public class ConnectionLimits {
    private final int most;
    private final int mostPerSource;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, Integer> bySource = new ConcurrentHashMap<>();

    @Inject
    public ConnectionLimits(ChatConfig config) {
        this(config.limits().connections(), config.limits().connectionsPerAddress());
    }

    ConnectionLimits(int most, int mostPerSource) {
        this.most = most;
        this.mostPerSource = mostPerSource;
    }

    /** Counts a new connection in; or, counting nothing, the refusal it gets. */
    Optional<ChatError> admit(String address) {
        if (open.incrementAndGet() > most) {
            open.decrementAndGet();
            return Optional.of(new ChatError(ChatError.Reason.LIMIT_REACHED,
                    "the server has all the connections it takes (" + most + "); try again later"));
        }
        boolean[] over = new boolean[1];
        bySource.compute(AttemptSource.of(address), (source, count) -> {
            int now = count == null ? 1 : count + 1;
            over[0] = now > mostPerSource;
            return over[0] ? count : now;
        });
        if (over[0]) {
            open.decrementAndGet();
            return Optional.of(new ChatError(ChatError.Reason.LIMIT_REACHED,
                    "your address has all the connections it may open (" + mostPerSource + "); close one first"));
        }
        return Optional.empty();
    }

    /** Counts an admitted connection out. */
    void release(String address) {
        open.decrementAndGet();
        bySource.computeIfPresent(AttemptSource.of(address), (source, count) -> count == 1 ? null : count - 1);
    }
}
