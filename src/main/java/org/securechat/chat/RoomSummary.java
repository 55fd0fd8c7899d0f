package org.securechat.chat;

/** A room as listed: its name, how many accounts have joined it, and whether the asker has. */
public record RoomSummary(String name, int members, boolean joined) { }
