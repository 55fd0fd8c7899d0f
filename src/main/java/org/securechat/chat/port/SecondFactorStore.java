package org.securechat.chat.port;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.SecondFactor;

/**
 * Where each account's TOTP is kept: the secret sealed at rest under the storage key, bound to
 * its account, and the recovery codes as hashes only. Every change that decides a login is one
 * atomic statement, so two logins racing with the same code cannot both pass. Never blocks its caller.
 */
public interface SecondFactorStore {
    CompletableFuture<Optional<SecondFactor>> find(long accountId);

    /** Stores a new secret, not yet enforced, in place of a pending one; false (and no change) when TOTP is on. */
    CompletableFuture<Boolean> setPending(long accountId, String secret);

    /**
     * Enforces the pending secret from now on, its code of {@code step} accepted and these recovery
     * codes (hashes) in place of any before; false when no secret was pending.
     */
    CompletableFuture<Boolean> enable(long accountId, long step, List<byte[]> recoveryCodeHashes);

    /** Records the step of an accepted code; false when a code of this step or a later one was accepted already. */
    CompletableFuture<Boolean> acceptStep(long accountId, long step);

    /** Spends a recovery code; false when the account has no such code (never had it, or used it). */
    CompletableFuture<Boolean> useRecoveryCode(long accountId, byte[] codeHash);

    /** Removes the account's TOTP, pending or on, and its recovery codes; false when it had none. */
    CompletableFuture<Boolean> remove(long accountId);
}
