package org.securechat.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether the database already has the newest migration this build carries. Flyway costs a start
 * about a quarter of a second even when it has nothing to do, so it runs only when this says no:
 * on a new database, an older one, or one a newer build migrated (where Flyway refuses to start).
 */
final class SchemaVersion {
    /** The version of the newest script in db/migration; SchemaVersionTest keeps the two in step. */
    static final String NEWEST = "13";

    private SchemaVersion() {
    }

    static boolean isCurrent(Connection connection) {
        try (PreparedStatement latest = connection.prepareStatement(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                        + " ORDER BY installed_rank DESC LIMIT 1");
             ResultSet row = latest.executeQuery()) {
            return row.next() && NEWEST.equals(row.getString(1));
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }
}
