package org.securechat.chat.port;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.Conversation;

/** The account's conversations and its read position in each. Never blocks its caller. */
public interface ConversationStore {
    /** The read position stored after a mark, and whether the mark moved it. */
    record Marked(long msgId, boolean moved) { }

    /** Every room the account has joined and every account it has exchanged DMs with, in no order. */
    CompletableFuture<List<Conversation>> of(long accountId);

    /**
     * Moves the account's read position in the room forward to {@code msgId}, after the commit
     * completing with the position now stored (unchanged if it was already there or past it); fails
     * with BAD_REQUEST when the message is not one of the room's.
     */
    CompletableFuture<Marked> markRoom(long accountId, long roomId, long msgId);

    /** As {@link #markRoom}, for the DMs between the account and {@code partnerId}. */
    CompletableFuture<Marked> markDirect(long accountId, long partnerId, long msgId);
}
