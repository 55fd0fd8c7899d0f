package org.securechat.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The chat's Prometheus metrics. Hot-path updates are adder increments, one per fan-out, not per delivery. */
@ApplicationScoped
public class ChatMetrics {
    private final MeterRegistry registry;
    private final Counter stored;
    private final Counter delivered;
    private final Timer fanout;
    private final Map<ChatError.Reason, Counter> rejected = new ConcurrentHashMap<>();

    public ChatMetrics(MeterRegistry registry, Sessions sessions, RoomMembers rooms) {
        this.registry = registry;
        this.stored = Counter.builder("securechat.messages.stored").description("messages committed").register(registry);
        this.delivered = Counter.builder("securechat.messages.delivered")
                .description("message frames written to sessions").register(registry);
        this.fanout = Timer.builder("securechat.fanout").description("time to queue one message for every recipient's thread")
                .publishPercentileHistogram().register(registry);
        registry.gauge("securechat.sessions.online", sessions, s -> s.authenticated().size());
        registry.gauge("securechat.rooms.active", rooms, RoomMembers::activeRooms);
    }

    void stored() {
        stored.increment();
    }

    void delivered(int recipients, long nanos) {
        delivered.increment(recipients);
        fanout.record(nanos, TimeUnit.NANOSECONDS);
    }

    void rejected(ChatError.Reason reason) {
        // Tagged with the protocol's code names, which are the reasons' names in lower case.
        rejected.computeIfAbsent(reason, r -> Counter.builder("securechat.frames.rejected")
                .tag("code", r.name().toLowerCase(Locale.ROOT))
                .description("frames answered with an error, by code").register(registry)).increment();
    }
}
