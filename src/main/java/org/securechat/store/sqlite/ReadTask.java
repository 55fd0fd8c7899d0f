package org.securechat.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** A query run on a pooled reader connection; WAL lets it run beside the writer. */
@FunctionalInterface
public interface ReadTask<T> {
    T run(Connection connection) throws SQLException;
}
