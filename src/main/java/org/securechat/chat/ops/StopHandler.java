package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Moderation;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.protocol.ClientOps.Stop;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;

/** {@code stop} (admin): acknowledged, then every session hears {@code shutdown} and the server exits 0. */
@ApplicationScoped
public class StopHandler implements OpHandler<Stop> {
    private final Moderation moderation;
    private final FrameCodec codec;

    public StopHandler(Moderation moderation, FrameCodec codec) {
        this.moderation = moderation;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Stop op) {
        session.send(codec.ok(id, new ServerFrames.Empty()));
        moderation.stop(session.account().name(), op.reason());
        return CompletableFuture.completedFuture(null);
    }
}
