package org.securechat.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;

/**
 * The SQLite database in the data dir: migrated at open, read through the pool, written only by
 * the one {@link StoreWriter}. Reads block: call them from worker threads.
 */
@ApplicationScoped
public class Database {
    private final AgroalDataSource dataSource;
    private final Instance<Flyway> flyway;
    private final DataDirectory dataDirectory;
    private StoreWriter writer;

    public Database(AgroalDataSource dataSource, Instance<Flyway> flyway, DataDirectory dataDirectory) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.dataDirectory = dataDirectory;
    }

    public synchronized void open() throws SQLException {
        if (writer != null) {
            return;
        }
        dataDirectory.path();
        Connection connection = dataSource.getConnection();
        if (!SchemaVersion.isCurrent(connection)) {
            flyway.get().migrate();
        }
        writer = new StoreWriter(connection);
    }

    public <T> T read(ReadTask<T> task) {
        try (Connection connection = dataSource.getConnection()) {
            return task.run(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public <T> CompletableFuture<T> write(WriteTask<T> task) {
        return writer.submit(task);
    }

    /** Commits everything queued, then closes the writer. */
    public synchronized void close() throws SQLException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
