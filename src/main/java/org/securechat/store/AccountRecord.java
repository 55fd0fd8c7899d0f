package org.securechat.store;

/** A stored account. {@code passwordHash} is bcrypt; it never leaves the server. */
public record AccountRecord(long id, String name, String passwordHash, boolean admin, long createdAt) {
    @Override
    public String toString() {
        return "AccountRecord[" + id + ", " + name + ", admin=" + admin + "]";
    }
}
