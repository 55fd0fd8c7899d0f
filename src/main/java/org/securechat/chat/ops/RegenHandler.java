package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Actor;
import org.securechat.chat.Moderation;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Reply;
import org.securechat.chat.Requests.Regen;
import org.securechat.chat.Session;

/** {@code regen} (admin): a new server password for new logins. */
@ApplicationScoped
public class RegenHandler implements OpHandler<Regen> {
    private final Moderation moderation;

    public RegenHandler(Moderation moderation) {
        this.moderation = moderation;
    }

    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Regen request) {
        session.reply(requestId, new Reply.NewServerPassword(moderation.regenerate(Actor.of(session))));
        return CompletableFuture.completedFuture(null);
    }
}
