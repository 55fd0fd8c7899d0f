package org.securechat.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Told by the writer how each batch's transaction goes, for state kept in memory beside the
 * database (so it changes only with what commits). Called on the writer thread.
 */
public interface BatchListener {
    BatchListener NONE = new BatchListener() { };

    /** A task ended: its writes kept in the transaction, or undone with its savepoint. */
    default void taskEnded(boolean kept) {
    }

    /** Every task has run: the transaction's last writes, just before its commit. */
    default void beforeCommit(Connection connection) throws SQLException {
    }

    default void committed() {
    }

    /** The transaction did not commit (a storage fault): nothing of the batch happened. */
    default void rolledBack() {
    }
}
