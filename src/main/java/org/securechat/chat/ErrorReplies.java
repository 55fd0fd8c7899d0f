package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Turns a failed op into its refusal; anything unexpected is logged and shown as internal. */
@ApplicationScoped
public class ErrorReplies {
    private static final Logger LOG = Logger.getLogger(ErrorReplies.class);
    private static final ChatError INTERNAL =
            new ChatError(ChatError.Reason.INTERNAL, "internal error; nothing was changed");

    private final ChatMetrics metrics;

    public ErrorReplies(ChatMetrics metrics) {
        this.metrics = metrics;
    }

    public void fail(Session session, Object requestId, Throwable failure) {
        ChatError refusal = ChatError.in(failure).orElseGet(() -> {
            LOG.errorf(failure, "op failed for session %d", session.id());
            return INTERNAL;
        });
        metrics.rejected(refusal.reason());
        session.send(Outbound.refusal(requestId, refusal));
    }
}
