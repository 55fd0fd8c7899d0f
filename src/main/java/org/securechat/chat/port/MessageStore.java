package org.securechat.chat.port;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.NewMessage;
import org.securechat.chat.StoredMessage;

/**
 * Where messages are kept, sealed at rest. The store gives each message its id (growing with time,
 * reserved before the text is sealed so the id can be bound into it) and its time.
 */
public interface MessageStore {
    /** Completes with the message as stored, only after it is committed: an acknowledgement is never lost. */
    CompletableFuture<StoredMessage> append(NewMessage message);

    /** A room's messages before {@code beforeId} (or the newest), oldest first. */
    CompletableFuture<List<StoredMessage>> roomHistory(long roomId, Long beforeId, int limit);

    /** The direct messages between two accounts, oldest first. */
    CompletableFuture<List<StoredMessage>> directHistory(long accountA, long accountB, Long beforeId, int limit);

    CompletableFuture<Long> count();
}
