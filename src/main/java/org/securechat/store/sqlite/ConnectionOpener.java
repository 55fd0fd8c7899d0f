package org.securechat.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a connection of the writer's own, outside the readers' pool: one that a storage fault may
 * have broken is closed for good, not handed back to the pool.
 */
@FunctionalInterface
public interface ConnectionOpener {
    Connection open() throws SQLException;
}
