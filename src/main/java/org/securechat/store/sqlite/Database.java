package org.securechat.store.sqlite;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.securechat.DataDirectory;
import org.securechat.chat.Workers;
import org.sqlite.JDBC;

/**
 * The SQLite database in the data dir: migrated at open, read through the pool on threads of its
 * own (so no caller ever blocks on JDBC), written only by the one {@link StoreWriter}, on a
 * connection of its own that it replaces when a storage fault may have broken it.
 */
@ApplicationScoped
public class Database {
    /** WAL lets this many readers run beside the writer; a burst of logins never delays history more. */
    private static final int READERS = 4;
    /** The database's name in the data dir, as quarkus.datasource.jdbc.url spells it. */
    static final String FILE = "securechat.db";

    private final AgroalDataSource dataSource;
    private final String url;
    private final Instance<Flyway> flyway;
    private final DataDirectory dataDirectory;
    private final MessageUsage usage;
    private final ExecutorService reads = Executors.newFixedThreadPool(READERS, Workers.named("store-read"));
    private volatile StoreWriter writer;

    public Database(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                    Instance<Flyway> flyway, DataDirectory dataDirectory, MessageUsage usage) {
        this.dataSource = dataSource;
        this.url = url;
        this.flyway = flyway;
        this.dataDirectory = dataDirectory;
        this.usage = usage;
    }

    public synchronized void open() throws SQLException {
        if (writer != null) {
            return;
        }
        // Made owner-only before SQLite opens it: SQLite gives the -wal and -shm it creates the
        // database file's mode. Those an older release left with the umask's mode are closed here.
        dataDirectory.ownerOnlyFile(FILE);
        dataDirectory.ownerOnlyIfPresent(FILE + "-wal");
        dataDirectory.ownerOnlyIfPresent(FILE + "-shm");
        try (Connection connection = dataSource.getConnection()) {
            if (!SchemaVersion.isCurrent(connection)) {
                flyway.get().migrate();
            }
        }
        // The driver itself, not DriverManager: its registry is global to the JVM and keyed by class loader.
        writer = new StoreWriter(() -> JDBC.createConnection(url, new Properties()), usage);
    }

    /** False while the writer cannot commit (a full disk): writes are refused until it can again. */
    public boolean writable() {
        StoreWriter current = writer;
        return current != null && current.writable();
    }

    /**
     * Runs the query on a reader thread with a pooled connection. Not before {@link #open()}: a
     * connection opened earlier would create the database with the umask's mode.
     */
    public <T> CompletableFuture<T> read(ReadTask<T> task) {
        if (writer == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the store is not open"));
        }
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return task.run(connection);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }, reads);
    }

    public <T> CompletableFuture<T> write(WriteTask<T> task) {
        return writer.submit(task);
    }

    /** Commits everything queued, then closes the writer. */
    public synchronized void close() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    @PreDestroy
    void stopReaders() {
        reads.shutdown();
    }
}
