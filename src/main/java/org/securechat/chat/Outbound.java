package org.securechat.chat;

import java.util.function.Function;

/**
 * A frame for one session or many: an event, a reply to the request with {@code id}, or a refusal.
 * The transport encodes it on first use and keeps the bytes, so every member of a room is written
 * the same encoding, made once.
 */
public final class Outbound {
    private final Object id;
    private final Object body;
    private volatile byte[] encoded;

    private Outbound(Object id, Object body) {
        this.id = id;
        this.body = body;
    }

    public static Outbound event(Event event) {
        return new Outbound(null, event);
    }

    public static Outbound reply(Object id, Reply reply) {
        return new Outbound(id, reply);
    }

    public static Outbound refusal(Object id, ChatError error) {
        return new Outbound(id, error);
    }

    /** The id of the request this answers, or null for an event. */
    public Object id() {
        return id;
    }

    /** An {@link Event}, a {@link Reply} or a {@link ChatError}. */
    public Object body() {
        return body;
    }

    /** The encoding, made by {@code encoder} the first time it is asked for. */
    public byte[] encoded(Function<Outbound, byte[]> encoder) {
        byte[] bytes = encoded;
        if (bytes == null) {
            bytes = encoder.apply(this);
            encoded = bytes;
        }
        return bytes;
    }
}
