package org.securechat.store.sqlite;

import java.sql.SQLException;
import java.util.Set;
import org.sqlite.SQLiteException;

/**
 * Which SQLite failures are the storage's rather than one write's: a full disk, an I/O error, a
 * lock held too long. SQLite may roll back the whole transaction on these, so the writer tries its
 * batch again on a fresh connection; any other failure (a constraint, a bug) is the one task's.
 */
final class StorageFault {
    private static final Set<Integer> PRIMARY_CODES = Set.of(
            5,   // SQLITE_BUSY
            6,   // SQLITE_LOCKED
            7,   // SQLITE_NOMEM
            8,   // SQLITE_READONLY
            10,  // SQLITE_IOERR
            11,  // SQLITE_CORRUPT
            13,  // SQLITE_FULL
            14,  // SQLITE_CANTOPEN
            15,  // SQLITE_PROTOCOL
            26); // SQLITE_NOTADB

    private StorageFault() {
    }

    static boolean is(SQLException e) {
        return e instanceof SQLiteException sqlite && PRIMARY_CODES.contains(sqlite.getResultCode().code & 0xff);
    }
}
