package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.InputRules;
import org.securechat.chat.Moderation;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.protocol.ClientOps.Kick;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ProtocolException;
import org.securechat.protocol.ServerFrames;

/** {@code kick} (admin): closes every session of an online user. */
@ApplicationScoped
public class KickHandler implements OpHandler<Kick> {
    private final Moderation moderation;
    private final FrameCodec codec;

    public KickHandler(Moderation moderation, FrameCodec codec) {
        this.moderation = moderation;
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Kick op) {
        String user = InputRules.existingUsername("user", op.user());
        List<Session> targets = moderation.online(user);
        if (targets.isEmpty()) {
            throw new ProtocolException(ErrorCode.NO_SUCH_USER, user + " is not online");
        }
        // Reply first: an admin kicking themselves still hears the answer.
        session.send(codec.ok(id, new ServerFrames.KickResult(targets.get(0).account().name(), targets.size())));
        moderation.kick(session.account().name(), user, op.reason());
        return CompletableFuture.completedFuture(null);
    }
}
