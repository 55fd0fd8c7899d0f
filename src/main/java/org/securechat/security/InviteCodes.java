package org.securechat.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Invites: 128 random bits from a SecureRandom, shown once as 32 hex digits and kept by the
 * server only as their SHA-256 (random values that long need no slow hash).
 */
@ApplicationScoped
public class InviteCodes {
    private static final int BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    public String generate() {
        byte[] bits = new byte[BYTES];
        random.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /** The stored form of an invite as typed: case and surrounding space do not matter. */
    public byte[] hash(String typed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(
                    ("securechat invite|" + typed.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
