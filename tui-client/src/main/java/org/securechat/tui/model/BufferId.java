package org.securechat.tui.model;

import java.util.Comparator;
import java.util.Locale;

/** Names a buffer: a room, or a direct-message conversation with one user. */
public record BufferId(boolean direct, String name) {
    /** Rooms before conversations, each alphabetically, so Alt+N keeps pointing at the same place. */
    public static final Comparator<BufferId> ORDER = Comparator.comparing(BufferId::direct)
            .thenComparing(id -> id.name().toLowerCase(Locale.ROOT));

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
