package org.securechat.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A real SQLite file with the newest schema, plus a {@code filler} table, whose writer connections
 * can be opened full: {@code PRAGMA max_page_count} at the current size makes SQLite fail every
 * write that grows the file with SQLITE_FULL, as a full disk does; a connection opened without it
 * is the disk with room again.
 */
final class FillableDatabase {
    private final String url;
    private final AtomicInteger opened = new AtomicInteger();
    private volatile boolean full;

    FillableDatabase(Path dir) throws SQLException {
        url = "jdbc:sqlite:" + dir.resolve("store.db") + "?journal_mode=WAL&synchronous=NORMAL";
        Flyway.configure().dataSource(url, null, null).load().migrate();
        update("CREATE TABLE filler (payload BLOB NOT NULL)");
    }

    /** Whether connections opened from now on are full. */
    void full(boolean full) {
        this.full = full;
    }

    /** The writer's {@link ConnectionOpener}. */
    Connection open() throws SQLException {
        opened.incrementAndGet();
        Connection c = DriverManager.getConnection(url);
        if (full) {
            try (Statement s = c.createStatement(); ResultSet pages = s.executeQuery("PRAGMA page_count")) {
                pages.next();
                s.execute("PRAGMA max_page_count = " + pages.getLong(1));
            }
        }
        return c;
    }

    int opened() {
        return opened.get();
    }

    /** A write task that grows the file by 64 KiB. */
    static int insertBlob(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("INSERT INTO filler (payload) VALUES (zeroblob(65536))");
        }
    }

    /** The first column of the first row, or 0 without a row; on a connection of its own. */
    long number(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    void update(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
