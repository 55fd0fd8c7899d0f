package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.InputRules;
import org.securechat.chat.Moderation;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Stop;
import org.securechat.chat.Session;

/** {@code stop} (admin): acknowledged, then every session hears {@code shutdown} and the server exits 0. */
@ApplicationScoped
public class StopHandler implements OpHandler<Stop> {
    private final Moderation moderation;

    public StopHandler(Moderation moderation) {
        this.moderation = moderation;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Stop request) {
        String reason = InputRules.reason(request.reason());
        session.reply(requestId, new Reply.Done());
        moderation.stop(Actor.of(session), reason, Boolean.TRUE.equals(request.restart()));
        return CompletableFuture.completedFuture(null);
    }
}
