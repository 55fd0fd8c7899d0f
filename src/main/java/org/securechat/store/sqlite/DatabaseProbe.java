package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.securechat.chat.port.ReadinessProbe;

/** Ready while the database answers a query. */
@ApplicationScoped
public class DatabaseProbe implements ReadinessProbe {
    private static final long TIMEOUT_SECONDS = 5;

    private final Database database;

    public DatabaseProbe(Database database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "database_answers";
    }

    @Override
    public boolean ready() {
        try {
            return database.read(c -> c.createStatement().executeQuery("SELECT 1").next())
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
