package org.securechat.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The message object of PROTOCOL.md. A room message has {@code room}; a direct message has
 * {@code to}. {@code unreadable} is set only on a stored message whose ciphertext failed
 * authentication (an addition old clients ignore).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(long msgId, String room, String to, String from, String text, String kind,
                          String ts, Boolean unreadable) { }
