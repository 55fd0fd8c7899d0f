package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
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

    public Messaging(MessageStore messages, FrameCodec codec, ErrorReplies errors) {
        this.messages = messages;
        this.codec = codec;
        this.errors = errors;
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
     * Queues the message for storage; when committed, hands its event to {@code deliver} and then
     * acknowledges it. Completes at once: the session's next frame need not wait for the commit.
     */
    public CompletionStage<?> post(Session session, Object id, NewMessage message, Consumer<EncodedFrame> deliver) {
        CompletableFuture<?> write = messages.store(message).whenComplete((stored, failure) -> {
            if (failure != null) {
                errors.fail(session, id, failure);
            } else {
                deliver.accept(codec.message(stored));
                session.send(codec.ok(id, new ServerFrames.Stored(stored)));
            }
        });
        session.wrote(write);
        return CompletableFuture.completedFuture(null);
    }

}
