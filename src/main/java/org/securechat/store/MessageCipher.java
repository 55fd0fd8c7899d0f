package org.securechat.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for message text at rest: a random 96-bit nonce per message, and the row's place
 * ({@link MessageBinding}) as associated data so a ciphertext only opens in the row it was written for.
 */
public final class MessageCipher {
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A sealed text: the key that sealed it, its nonce, and ciphertext with the tag. */
    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) { }

    private final StorageKey current;
    private final Map<String, StorageKey> byId;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(MessageCipher::newCipher);

    public MessageCipher(StorageKey current) {
        this.current = current;
        this.byId = Map.of(current.id(), current);
    }

    /** The key new texts are sealed with: the audit chain's key is derived from it. */
    StorageKey current() {
        return current;
    }

    public Sealed seal(String text, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return new Sealed(current.id(), nonce, cipher.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The text, or throws {@link GeneralSecurityException} if the key is unknown or the row was
     * altered, truncation included (the JDK throws an unchecked exception for a ciphertext shorter
     * than its tag, so lengths are checked first).
     */
    public String open(Sealed sealed, byte[] associatedData) throws GeneralSecurityException {
        StorageKey key = byId.get(sealed.keyId());
        if (key == null) {
            throw new GeneralSecurityException("no storage key with id " + sealed.keyId());
        }
        if (sealed.nonce() == null || sealed.nonce().length != NONCE_BYTES
                || sealed.ciphertext() == null || sealed.ciphertext().length < TAG_BITS / 8) {
            throw new GeneralSecurityException("a nonce or ciphertext of the wrong length");
        }
        Cipher cipher = ciphers.get();
        cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, sealed.nonce()));
        cipher.updateAAD(associatedData);
        return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
