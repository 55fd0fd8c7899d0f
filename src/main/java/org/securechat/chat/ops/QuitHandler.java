package org.securechat.chat.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.securechat.chat.Event;
import org.securechat.chat.OpHandler;
import org.securechat.chat.Outbound;
import org.securechat.chat.Requests.Quit;
import org.securechat.chat.Session;

/** {@code quit}: says {@code bye} and closes. */
@ApplicationScoped
public class QuitHandler implements OpHandler<Quit> {
    @Override
    public CompletionStage<?> handle(Session session, Object requestId, Quit request) {
        session.send(Outbound.event(new Event.Bye()));
        session.close("quit");
        return CompletableFuture.completedFuture(null);
    }
}
