package org.securechat.tui.model;

/** Someone online, as the users pane shows them; {@code away} is their away message, or null. */
public record OnlineUser(String name, boolean admin, String away) {
    public OnlineUser(String name, boolean admin) {
        this(name, admin, null);
    }
}
