package org.securechat.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The storage key's check value: a known text sealed under the key and kept in the store it
 * protects. A key that does not open it is not the key the store's messages were sealed with.
 * Its associated data is unlike any message's, so neither can stand in for the other.
 */
final class KeyCheck {
    private static final String KNOWN = "securechat storage key check";
    private static final byte[] ASSOCIATED_DATA = "securechat key check v1".getBytes(StandardCharsets.US_ASCII);

    private KeyCheck() {
    }

    static MessageCipher.Sealed of(MessageCipher cipher) {
        return cipher.seal(KNOWN, ASSOCIATED_DATA);
    }

    static boolean opens(MessageCipher cipher, MessageCipher.Sealed check) {
        try {
            return KNOWN.equals(cipher.open(check, ASSOCIATED_DATA));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
