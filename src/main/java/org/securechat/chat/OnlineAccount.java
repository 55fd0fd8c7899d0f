package org.securechat.chat;

import java.util.List;

/** An account with at least one session: its rooms, how many sessions it has, its away message (or null). */
public record OnlineAccount(String user, boolean admin, List<String> rooms, int sessions, String away) { }
