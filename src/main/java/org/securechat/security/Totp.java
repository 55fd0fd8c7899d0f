package org.securechat.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/**
 * RFC 6238 as PROTOCOL.md fixes it (SHA-1, 6 digits, 30 s steps, one step either side), over a
 * maintained library: it makes the secrets and computes and compares the codes; this class only
 * says which step a code belongs to, so that no step is accepted twice.
 */
@ApplicationScoped
public class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps either side of the current one that a code may come from (a clock a little off). */
    public static final int WINDOW = 1;
    private static final String ISSUER = "securechat";

    /** 32 base32 characters: 160 bits, RFC 4226's recommended key length. */
    private final SecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new shared secret, base32. */
    public String newSecret() {
        return secrets.generate();
    }

    /** The otpauth:// URI authenticator apps read (from a QR code, or pasted). */
    public String uri(String user, String secret) {
        return new QrData.Builder().label(ISSUER + ":" + user).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(STEP_SECONDS).build().getUri();
    }

    public static long step(long epochSecond) {
        return Math.floorDiv(epochSecond, STEP_SECONDS);
    }

    /**
     * The step, within the window around {@code epochSecond} and later than {@code lastAccepted},
     * whose code {@code code} is; empty if it is none of them. Each step is asked of the library's
     * verifier on its own (constant-time comparison), so a replayed step can be told apart.
     */
    public OptionalLong matchingStep(String secret, String code, long epochSecond, long lastAccepted) {
        long now = step(epochSecond);
        for (long candidate = Math.max(now - WINDOW, lastAccepted + 1); candidate <= now + WINDOW; candidate++) {
            long at = candidate * STEP_SECONDS;
            DefaultCodeVerifier verifier = new DefaultCodeVerifier(codes, () -> at);
            verifier.setTimePeriod(STEP_SECONDS);
            verifier.setAllowedTimePeriodDiscrepancy(0);
            if (verifier.isValidCode(secret, code)) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }
}
