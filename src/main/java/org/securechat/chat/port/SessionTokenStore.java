package org.securechat.chat.port;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where resume tokens are kept, as SHA-256 hashes only, by account. A rotation is one atomic
 * statement, so of two resumes racing with one token exactly one wins. Never blocks its caller.
 */
public interface SessionTokenStore {
    /**
     * Stores a new token used at {@code nowMillis}; drops the account's tokens unused since
     * {@code expiredBefore} and then its oldest beyond {@code maxPerAccount}.
     */
    CompletableFuture<Void> issue(long accountId, String deviceId, byte[] tokenHash, long nowMillis,
                                  long expiredBefore, int maxPerAccount);

    /**
     * Replaces the account's token {@code oldHash}, if used since {@code expiredBefore}, by
     * {@code newHash} used at {@code nowMillis}, bound to {@code deviceId} (null: the one it had);
     * the device id it is bound to now, or empty (and no change) when there is no such token.
     */
    CompletableFuture<Optional<String>> rotate(long accountId, byte[] oldHash, byte[] newHash, String deviceId, long nowMillis,
                                      long expiredBefore);

    /** Removes one token of the account; false when it had none such. */
    CompletableFuture<Boolean> revoke(long accountId, byte[] tokenHash);

    /** Removes every token of the account but {@code keepHash} (null: all); how many went. */
    CompletableFuture<Integer> revokeAll(long accountId, byte[] keepHash);
}
