package org.securechat.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Resume tokens and device ids: random values from a SecureRandom, base64url. A token is 256 bits,
 * so the server keeps only its SHA-256: a slow hash would add nothing against guessing a value
 * that long, and would cost a reconnect storm the CPU that bcrypt does.
 */
@ApplicationScoped
public class ResumeTokens {
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    /** A new token: 256 random bits, 43 characters. */
    public String mint() {
        return randomText(32);
    }

    /** A new device id: 128 random bits, 22 characters. */
    public String mintDeviceId() {
        return randomText(16);
    }

    /** True for a device id a client may hand back: 8 to 64 characters of base64url. */
    public boolean wellFormedDeviceId(String deviceId) {
        return deviceId != null && DEVICE_ID.matcher(deviceId).matches();
    }

    /** The stored form of a token. */
    public byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String randomText(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return BASE64URL.encodeToString(value);
    }
}
