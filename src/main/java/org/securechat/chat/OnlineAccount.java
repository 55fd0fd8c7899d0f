package org.securechat.chat;

import java.util.List;

/** An account with at least one session: its rooms, and how many sessions it has. */
public record OnlineAccount(String user, boolean admin, List<String> rooms, int sessions) { }
