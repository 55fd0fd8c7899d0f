package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Ping;
import org.securechat.chat.Session;

/** {@code ping}: answered with {@code pong}; it also keeps the session from idling out. */
@ApplicationScoped
public class PingHandler implements OpHandler<Ping> {
    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Ping request) {
        session.reply(requestId, new Reply.Pong());
        return CompletableFuture.completedFuture(null);
    }
}
