package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Session;
import org.securechat.protocol.ClientOps.Quit;
import org.securechat.protocol.FrameCodec;

/** {@code quit}: says {@code bye} and closes. */
@ApplicationScoped
public class QuitHandler implements OpHandler<Quit> {
    private final FrameCodec codec;

    public QuitHandler(FrameCodec codec) {
        this.codec = codec;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object id, Quit op) {
        session.send(codec.bye());
        session.close("quit");
        return CompletableFuture.completedFuture(null);
    }
}
