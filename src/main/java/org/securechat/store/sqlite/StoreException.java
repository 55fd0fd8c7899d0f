package org.securechat.store.sqlite;

import java.sql.SQLException;

/** A database failure; callers turn it into an {@code internal} error without its details. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
