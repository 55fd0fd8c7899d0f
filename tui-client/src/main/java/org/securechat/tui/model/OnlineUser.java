package org.securechat.tui.model;

/** Someone online, as the users pane shows them. */
public record OnlineUser(String name, boolean admin) {
}
