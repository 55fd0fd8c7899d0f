package org.securechat.chat;

/** The account a session has authenticated as. */
public record Account(long id, String name, boolean admin) {
    /**
     * The form in which names are compared: unique without regard to case. Only ASCII letters are
     * folded, as names are ASCII: a Kelvin sign (U+212A) must not fold into the name "kelvin".
     */
    public static String key(String name) {
        char[] key = name.toCharArray();
        for (int i = 0; i < key.length; i++) {
            if (key[i] >= 'A' && key[i] <= 'Z') {
                key[i] = (char) (key[i] + ('a' - 'A'));
            }
        }
        return new String(key);
    }
}
