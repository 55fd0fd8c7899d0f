package org.securechat.admin;

import java.util.List;

/** The JSON bodies of the REST admin API (snake_case on the wire). */
public final class AdminViews {
    private AdminViews() {
    }

    public record SessionView(String user, String remoteAddress, String since, List<String> rooms) { }

    public record UserView(String user, boolean admin, String createdAt) { }

    public record StatsView(int onlineSessions, int rooms, long storedMessages, long uptimeS) { }

    public record ServerPasswordView(String serverPassword) { }

    public record ErrorView(String error) { }
}
