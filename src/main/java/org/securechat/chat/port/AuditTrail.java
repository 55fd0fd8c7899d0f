package org.securechat.chat.port;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.securechat.chat.AuditEntry;
import org.securechat.chat.AuditEvent;
import org.securechat.chat.AuditQuery;
import org.securechat.chat.ChainCheck;

/**
 * The audit trail: events in the order they were appended, each chained to the one before by a MAC
 * under a key the database does not hold, so an entry edited, deleted, inserted or moved is found
 * by {@link #verify()}. Never blocks its caller.
 */
public interface AuditTrail {
    /** Appends the event at the chain's head; completes with its seq after the commit. */
    CompletableFuture<Long> append(AuditEvent event);

    /** A page of entries, newest first. */
    CompletableFuture<List<AuditEntry>> page(AuditQuery query);

    /** Walks the whole chain, oldest first, and says whether every entry is as it was appended. */
    CompletableFuture<ChainCheck> verify();
}
