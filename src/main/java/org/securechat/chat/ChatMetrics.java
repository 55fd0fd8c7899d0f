package org.securechat.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securechat.protocol.ErrorCode;

/** The chat's Prometheus metrics. Hot-path updates are adder increments, one per fan-out, not per delivery. */
@ApplicationScoped
public class ChatMetrics {
    private final MeterRegistry registry;
    private final Counter stored;
    private final Counter delivered;
    private final Timer fanout;
    private final Map<ErrorCode, Counter> rejected = new ConcurrentHashMap<>();

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
        fanout.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    void rejected(ErrorCode code) {
        rejected.computeIfAbsent(code, c -> Counter.builder("securechat.frames.rejected").tag("code", c.wireName())
                .description("frames answered with an error, by code").register(registry)).increment();
    }
}
