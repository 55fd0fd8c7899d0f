package org.securechat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Sealing and opening with the JDK's AES-GCM: what opens, and that everything else is a security failure. */
class MessageCipherTest {
    private final MessageCipher cipher = new MessageCipher(StorageKey.of(randomKey()));
    private final MessageBinding direct = MessageBinding.of(7, null, 3, 5L, "text", 1_000);

    @Test
    void aTextOpensUnderTheBindingItWasSealedWith() throws GeneralSecurityException {
        MessageCipher.Sealed sealed = cipher.seal("hello", direct.associatedData());
        assertEquals("hello", cipher.open(sealed, direct.associatedData(MessageBinding.NEWEST)));
    }

    @Test
    void aTruncatedCiphertextOrNonceIsASecurityFailureNotAFault() {
        MessageCipher.Sealed sealed = cipher.seal("hello", direct.associatedData());
        for (int length : new int[] {0, 5, 15}) {
            MessageCipher.Sealed cut = new MessageCipher.Sealed(sealed.keyId(), sealed.nonce(),
                    Arrays.copyOf(sealed.ciphertext(), length));
            assertThrows(GeneralSecurityException.class, () -> cipher.open(cut, direct.associatedData()), "length " + length);
        }
        for (byte[] nonce : new byte[][] {new byte[0], new byte[11], null}) {
            MessageCipher.Sealed cut = new MessageCipher.Sealed(sealed.keyId(), nonce, sealed.ciphertext());
            assertThrows(GeneralSecurityException.class, () -> cipher.open(cut, direct.associatedData()));
        }
        MessageCipher.Sealed empty = new MessageCipher.Sealed(sealed.keyId(), sealed.nonce(), null);
        assertThrows(GeneralSecurityException.class, () -> cipher.open(empty, direct.associatedData()));
    }

    @Test
    void aDirectMessageInAnotherPairDoesNotOpen() {
        MessageCipher.Sealed sealed = cipher.seal("for 5 only", direct.associatedData());
        MessageBinding moved = new MessageBinding(7, null, 3, 5L, 3L, 9L, "text", 1_000);
        assertThrows(GeneralSecurityException.class,
                () -> cipher.open(sealed, moved.associatedData(MessageBinding.NEWEST)));
    }

    @Test
    void aVersionNoReleaseWroteDoesNotOpen() {
        MessageCipher.Sealed sealed = cipher.seal("hello", direct.associatedData());
        assertThrows(GeneralSecurityException.class, () -> cipher.open(sealed, direct.associatedData(0)));
        assertThrows(GeneralSecurityException.class, () -> cipher.open(sealed, direct.associatedData(1)),
                "a newer row read as an older version does not open");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[StorageKey.BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
