package org.securechat.chat;

import java.util.concurrent.CompletionStage;

/**
 * Carries out one op for a session and replies to it. The returned stage completes when the
 * session's next frame may run: after the whole op for most, after queueing for sends, whose
 * acknowledgement follows their commit.
 */
@FunctionalInterface
public interface OpHandler<T> {
    CompletionStage<?> handle(Session session, Object id, T op);
}
