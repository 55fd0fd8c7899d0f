package org.securechat.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key for messages at rest and its id. The id is derived from the key, so it names the
 * key without revealing it and a row's {@code key_id} finds the key that sealed it after rotation.
 */
public record StorageKey(String id, SecretKey key) {
    public static final int BYTES = 32;

    public static StorageKey of(byte[] material) {
        if (material.length != BYTES) {
            throw new IllegalArgumentException("the storage key must be 32 bytes (AES-256), got " + material.length);
        }
        return new StorageKey(idOf(material), new SecretKeySpec(material, "AES"));
    }

    private static String idOf(byte[] material) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("securechat storage key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(material), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the key out of logs and exception texts. */
    @Override
    public String toString() {
        return "StorageKey[" + id + "]";
    }
}
