package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.protocol.ClientOps.Ping;
import org.securechat.protocol.FrameCodec;

/** {@code ping}: answered with {@code pong}; it also keeps the session from idling out. */
@ApplicationScoped
public class PingHandler implements OpHandler<Ping> {
    private final FrameCodec codec;

    public PingHandler(FrameCodec codec) {
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Ping op) {
        session.send(codec.pong(id));
        return CompletableFuture.completedFuture(null);
    }
}
