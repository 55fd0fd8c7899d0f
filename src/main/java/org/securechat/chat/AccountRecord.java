package org.securechat.chat;

import java.time.Instant;

/** A stored account. {@code passwordHash} is bcrypt; it never leaves the server. */
public record AccountRecord(long id, String name, String passwordHash, boolean admin, Instant createdAt) {
    public Account account() {
        return new Account(id, name, admin);
    }

    @Override
    public String toString() {
        return "AccountRecord[" + id + ", " + name + ", admin=" + admin + "]";
    }
}
