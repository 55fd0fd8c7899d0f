package org.securechat.chat.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.Ban;

/** Account bans, one per account, kept until lifted (an ended one bans no one). Never blocks its caller. */
public interface BanStore {
    /** Sets the account's ban, replacing any it had; completes after the commit. */
    CompletableFuture<Void> put(long accountId, String by, String reason, Instant until);

    /** Removes the account's ban; completes with the one removed, ended or not, or empty. */
    CompletableFuture<Optional<Ban>> remove(long accountId);

    /** The account's ban, ended or not, or empty. */
    CompletableFuture<Optional<Ban>> of(long accountId);

    /** Every ban still in force at {@code now}, by user name. */
    CompletableFuture<List<Ban>> inForce(Instant now);
}
