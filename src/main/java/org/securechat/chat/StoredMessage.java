package org.securechat.chat;

import java.time.Instant;

/**
 * A message as stored: its id and time given by the store. A room message has {@code room}, a direct
 * message {@code to}. {@code unreadable} marks a stored text that failed authentication at rest.
 */
public record StoredMessage(long id, String room, String to, String from, String text, String kind, Instant at,
                            boolean unreadable) { }
