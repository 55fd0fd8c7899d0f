package org.securechat.chat;

import java.util.Locale;

/** The account a session has authenticated as. */
public record Account(long id, String name, boolean admin) {
    /** The form in which names are compared: unique without regard to case. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
