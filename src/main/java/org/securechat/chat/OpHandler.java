package org.securechat.chat;

import java.util.concurrent.CompletionStage;

/**
 * Carries out one op for a session and answers it with a {@link Reply} (or fails with a
 * {@link ChatError}). The returned stage completes when the session's next request may run: after
 * the whole op for most, after queueing for sends, whose acknowledgement follows their commit.
 */
@FunctionalInterface
public interface OpHandler<T> {
    CompletionStage<?> handle(Session session, Object requestId, T request);
}
