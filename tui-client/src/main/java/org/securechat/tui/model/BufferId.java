package org.securechat.tui.model;

/** Names a buffer: a room, or a direct-message conversation with one user. */
public record BufferId(boolean direct, String name) {
    public static BufferId room(String name) {
        return new BufferId(false, name.startsWith("#") ? name.substring(1) : name);
    }

    public static BufferId dm(String user) {
        return new BufferId(true, user);
    }

    public String label() {
        return (direct ? "@" : "#") + name;
    }

    public boolean matches(BufferId other) {
        return direct == other.direct && name.equalsIgnoreCase(other.name);
    }
}
