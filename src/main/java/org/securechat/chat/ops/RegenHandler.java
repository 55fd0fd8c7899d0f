package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Moderation;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.protocol.ClientOps.Regen;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;

/** {@code regen} (admin): a new server password for new logins. */
@ApplicationScoped
public class RegenHandler implements OpHandler<Regen> {
    private final Moderation moderation;
    private final FrameCodec codec;

    public RegenHandler(Moderation moderation, FrameCodec codec) {
        this.moderation = moderation;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Regen op) {
        String fresh = moderation.regenerate(session.account().name());
        session.send(codec.ok(id, new ServerFrames.NewServerPassword(fresh)));
        return CompletableFuture.completedFuture(null);
    }
}
