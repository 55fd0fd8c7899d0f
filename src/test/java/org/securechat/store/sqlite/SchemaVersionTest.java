package org.securechat.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that lets a start skip Flyway, on real SQLite files migrated by Flyway itself. */
class SchemaVersionTest {
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @Test
    void newestNamesTheNewestMigrationScript() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = scripts.map(p -> SCRIPT.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertEquals(String.valueOf(newest), SchemaVersion.NEWEST,
                    "a new migration script needs SchemaVersion.NEWEST raised, or starts would skip it");
        }
    }

    @Test
    void aNewDatabaseIsNotCurrentAndAMigratedOneIs() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("new.db");
        try (Connection connection = DriverManager.getConnection(url)) {
            assertFalse(SchemaVersion.isCurrent(connection));
            Flyway.configure().dataSource(url, null, null).load().migrate();
            assertTrue(SchemaVersion.isCurrent(connection));
        }
    }

    @Test
    void aDatabaseWhoseNewestMigrationFailedOrDiffersIsNotCurrent() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("other.db");
        Flyway.configure().dataSource(url, null, null).load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE flyway_schema_history SET success = 0");
            assertFalse(SchemaVersion.isCurrent(connection), "a failed migration must go back to Flyway");
            sql.executeUpdate("UPDATE flyway_schema_history SET success = 1, version = '"
                    + (Integer.parseInt(SchemaVersion.NEWEST) + 1) + "'");
            assertFalse(SchemaVersion.isCurrent(connection), "a newer build's database must go to Flyway, which refuses it");
        }
    }
}
