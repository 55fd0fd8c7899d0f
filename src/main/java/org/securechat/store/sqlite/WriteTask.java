package org.securechat.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** One unit of work for the single writer, run inside the writer's current transaction. */
@FunctionalInterface
public interface WriteTask<T> {
    T run(Connection connection) throws SQLException;
}
