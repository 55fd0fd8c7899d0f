package org.securechat.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The server's SQLite file opened beside it, as an operator's sqlite3 or an attacker with the disk would. */
final class DatabaseFile implements AutoCloseable {
    private final Connection connection;

    DatabaseFile(Path dataDir) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("securechat.db") + "?busy_timeout=10000");
    }

    /** The first column of the first row. */
    long number(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepared(sql, parameters); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return r.getLong(1);
        }
    }

    long accountId(String name) throws SQLException {
        return number("SELECT id FROM accounts WHERE name_key = ?", name);
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepared(sql, parameters)) {
            return s.executeUpdate();
        }
    }

    private PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
