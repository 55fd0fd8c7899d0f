package org.securechat.store.sqlite;

import jakarta.enterprise.context.ApplicationScoped;
import org.securechat.chat.port.ReadinessProbe;

/** Ready while the writer commits: down from a refused batch (a full disk) until a write commits again. */
@ApplicationScoped
public class DatabaseWritesProbe implements ReadinessProbe {
    private final Database database;

    public DatabaseWritesProbe(Database database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "database_writes";
    }

    @Override
    public boolean ready() {
        return database.writable();
    }
}
