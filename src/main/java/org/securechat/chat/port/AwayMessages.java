package org.securechat.chat.port;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The away text each account set, kept until it clears it. Never blocks its caller. */
public interface AwayMessages {
    CompletableFuture<Optional<String>> of(long accountId);

    /** Sets the account's away text, or clears it when {@code text} is null; completes after the commit. */
    CompletableFuture<Void> set(long accountId, String text);
}
