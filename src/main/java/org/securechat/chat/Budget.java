package org.securechat.chat;

/**
 * What a session spends to be served, each from a token bucket of its own (PROTOCOL.md's flood
 * control is {@link #MESSAGES}). The op table names each op's budget; the rest are charged where
 * their cost is known.
 */
public enum Budget {
    MESSAGES("messages"),
    JOINS("joins and leaves"),
    ROOM_CREATION("new rooms"),
    QUERIES("requests"),
    /** Bytes of history sent: charged per page, by its size. */
    HISTORY_BYTES("history"),
    LOGINS("login attempts"),
    CONTROL("pings"),
    ADMIN("admin actions"),
    /** Away changes, told to everyone: a bucket of its own, sized like joins. */
    AWAY("away changes");

    private final String what;

    Budget(String what) {
        this.what = what;
    }

    /** What the user is doing too much of, for the refusal. */
    public String what() {
        return what;
    }
}
