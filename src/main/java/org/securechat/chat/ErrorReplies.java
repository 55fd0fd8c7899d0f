package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ProtocolException;

/** Turns a failed op into its {@code error} frame; anything unexpected is logged and shown as internal. */
@ApplicationScoped
public class ErrorReplies {
    private static final Logger LOG = Logger.getLogger(ErrorReplies.class);

    private final FrameCodec codec;
    private final ChatMetrics metrics;

    public ErrorReplies(FrameCodec codec, ChatMetrics metrics) {
        this.codec = codec;
        this.metrics = metrics;
    }

    public void fail(Session session, Object id, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProtocolException refusal) {
            metrics.rejected(refusal.code());
            session.send(codec.error(id, refusal.code(), refusal.getMessage(), refusal.retryAfterSeconds()));
        } else {
            LOG.errorf(cause, "op failed for session %d", session.id());
            metrics.rejected(ErrorCode.INTERNAL);
            session.send(codec.error(id, ErrorCode.INTERNAL, "internal error; nothing was changed", null));
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
