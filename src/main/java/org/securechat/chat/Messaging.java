package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.ToIntFunction;
import org.securechat.protocol.EncodedFrame;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ProtocolException;
import org.securechat.protocol.ServerFrames;
import org.securechat.store.MessageStore;
import org.securechat.store.NewMessage;

/**
 * What send and dm share: flood control, then store, then deliver and acknowledge, both only
 * after the commit, so nothing anyone has seen can be lost.
 */
@ApplicationScoped
public class Messaging {
    private final MessageStore messages;
    private final FrameCodec codec;
    private final ErrorReplies errors;
    private final ChatMetrics metrics;

    public Messaging(MessageStore messages, FrameCodec codec, ErrorReplies errors, ChatMetrics metrics) {
        this.messages = messages;
        this.codec = codec;
        this.errors = errors;
        this.metrics = metrics;
    }

    /** Takes a token from the session's bucket, or refuses with {@code rate_limited}. */
    public void throttle(Session session) {
        long waitNanos = session.flood().take(System.nanoTime());
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw new ProtocolException(ErrorCode.RATE_LIMITED, "too many messages; slow down", seconds);
        }
    }

    /**
     * Queues the message for storage; when committed, hands its event to {@code deliver} (which
     * returns how many sessions it reached) and then acknowledges it. Completes at once: the session's next frame need not wait for the commit.
     */
    public CompletionStage<?> post(Session session, Object id, NewMessage message, ToIntFunction<EncodedFrame> deliver) {
        CompletableFuture<?> write = messages.store(message).whenComplete((stored, failure) -> {
            if (failure != null) {
                errors.fail(session, id, failure);
            } else {
                metrics.stored();
                long start = System.nanoTime();
                int recipients = deliver.applyAsInt(codec.message(stored));
                metrics.delivered(recipients, System.nanoTime() - start);
                // Through the session's own thread, after the event queued there: event, then ok.
                EncodedFrame ok = codec.ok(id, new ServerFrames.Stored(stored));
                session.peer().executor().execute(() -> session.send(ok));
            }
        });
        session.wrote(write);
        return CompletableFuture.completedFuture(null);
    }

}
