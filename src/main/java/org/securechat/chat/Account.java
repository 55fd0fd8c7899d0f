package org.securechat.chat;

/** The account a session has authenticated as. */
public record Account(long id, String name, boolean admin) { }
