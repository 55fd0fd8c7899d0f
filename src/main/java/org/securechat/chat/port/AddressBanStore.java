package org.securechat.chat.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.AddressBan;

/** Address bans, one per network in its normal form, kept until lifted. Never blocks its caller. */
public interface AddressBanStore {
    /** Sets the network's ban, replacing any it had; completes after the commit. */
    CompletableFuture<Void> put(String cidr, String by, String reason, Instant until);

    /** Removes the network's ban; completes with the one removed, ended or not, or empty. */
    CompletableFuture<Optional<AddressBan>> remove(String cidr);

    /** Every address ban, ended or not. */
    CompletableFuture<List<AddressBan>> all();
}
