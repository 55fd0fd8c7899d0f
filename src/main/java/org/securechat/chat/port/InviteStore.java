package org.securechat.chat.port;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Invites by the hash of their code. Never blocks its caller. */
public interface InviteStore {
    /** Why an invite could not be spent, or that it was. */
    enum Claim { SPENT, UNKNOWN, USED, EXPIRED }

    CompletableFuture<Void> add(byte[] hash, String by, Instant expiresAt);

    /** Spends the invite at {@code now} if it is unused and unexpired, in one write, so only one registration can. */
    CompletableFuture<Claim> claim(byte[] hash, Instant now);

    /** Gives back an invite whose registration failed after the claim (a name taken, say). */
    CompletableFuture<Void> release(byte[] hash);

    /** Records who registered with the spent invite. */
    CompletableFuture<Void> usedBy(byte[] hash, String user);
}
