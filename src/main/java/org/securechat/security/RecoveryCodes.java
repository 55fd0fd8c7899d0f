package org.securechat.security;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes that stand in for a TOTP code when the device is lost: made by the library
 * (16 characters of a-z0-9 from a SecureRandom, about 82 bits), kept by the server only as
 * SHA-256 hashes. A slow hash would add nothing for random values that long.
 */
@ApplicationScoped
public class RecoveryCodes {
    public static final int COUNT = 10;

    private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator();

    /** {@value #COUNT} new codes, in the form shown to the user ({@code abcd-efgh-ijkl-mnop}). */
    public List<String> generate() {
        return List.of(generator.generateCodes(COUNT));
    }

    /**
     * The stored form of a code as the user typed it: case, spaces and dashes do not matter, so a
     * code copied by hand still works.
     */
    public byte[] hash(String typed) {
        String normal = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return MessageDigest.getInstance("SHA-256").digest(
                    ("securechat recovery code|" + normal).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
