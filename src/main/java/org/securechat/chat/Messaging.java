package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.ToIntFunction;
import org.securechat.chat.port.MessageStore;

/**
 * What send and dm share: store, then deliver and acknowledge, both only after the commit, so
 * nothing anyone has seen can be lost. (Flood control is the messages budget, spent by the dispatcher.)
 */
@ApplicationScoped
public class Messaging {
    private final MessageStore messages;
    private final ErrorReplies errors;
    private final ChatMetrics metrics;

    public Messaging(MessageStore messages, ErrorReplies errors, ChatMetrics metrics) {
        this.messages = messages;
        this.errors = errors;
        this.metrics = metrics;
    }

    /**
     * Queues the message for storage; when committed, hands its event to {@code deliver} (which
     * returns how many sessions it reached) and then acknowledges it. Completes at once: the
     * session's next frame need not wait for the commit.
     */
    public CompletionStage<?> post(Session session, Object requestId, NewMessage message,
                                   ToIntFunction<Outbound> deliver) {
        CompletableFuture<?> write = messages.append(message).whenComplete((stored, failure) -> {
            if (failure != null) {
                errors.fail(session, requestId, failure);
            } else {
                metrics.stored();
                long start = System.nanoTime();
                int recipients = deliver.applyAsInt(Outbound.event(new Event.MessagePosted(stored)));
                metrics.delivered(recipients, System.nanoTime() - start);
                // Through the session's own thread, after the event queued there: event, then ok.
                Outbound ok = Outbound.reply(requestId, new Reply.Stored(stored));
                session.peer().executor().execute(() -> session.send(ok));
            }
        });
        session.wrote(write);
        return CompletableFuture.completedFuture(null);
    }
}
