package org.securechat.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A statement the writer runs for every message, prepared once per writer connection (preparing
 * it per message cost more than running it) and again when the writer replaces its connection.
 * Touched by the writer thread only.
 */
final class WriterStatement {
    private final String sql;
    private PreparedStatement prepared;
    private Connection preparedOn;

    WriterStatement(String sql) {
        this.sql = sql;
    }

    PreparedStatement on(Connection connection) throws SQLException {
        if (connection != preparedOn) {
            prepared = connection.prepareStatement(sql);
            preparedOn = connection;
        }
        return prepared;
    }
}
