package org.securechat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP as the server uses it: RFC 6238's SHA-1 test vectors, the window, replay, the URI. */
class TotpTest {
    /** RFC 6238 appendix B's SHA-1 seed, the ASCII of "12345678901234567890", in base32 as apps take it. */
    private static final String RFC_SECRET = new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private final Totp totp = new Totp();

    /** Appendix B's 8-digit values, truncated to their last 6 digits (the code is the value mod 10^6). */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void acceptsTheRfc6238VectorsAtTheirTime(long time, String eightDigits) {
        String code = eightDigits.substring(2);
        assertEquals(OptionalLong.of(time / 30), totp.matchingStep(RFC_SECRET, code, time, 0));
    }

    @Test
    void oneStepEitherSideIsAcceptedTwoAreNot() {
        long t = 1_111_111_111L; // step 37037037, whose code is 050471
        long step = t / 30;
        assertEquals(OptionalLong.of(step), totp.matchingStep(RFC_SECRET, "050471", t + 30, 0), "the step before now");
        assertEquals(OptionalLong.of(step), totp.matchingStep(RFC_SECRET, "050471", t - 30, 0), "the step after now");
        assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, "050471", t + 60, 0), "two steps before now");
        assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, "050471", t - 60, 0), "two steps after now");
    }

    @Test
    void noCodeOfTheLastAcceptedStepOrAnEarlierOneMatches() {
        long t = 1_111_111_111L;
        long step = t / 30;
        assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, "050471", t, step), "the same step again");
        assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, "050471", t + 30, step), "an earlier step");
        assertEquals(OptionalLong.of(step), totp.matchingStep(RFC_SECRET, "050471", t, step - 1));
    }

    @Test
    void wrongOrMalformedCodesMatchNothing() {
        for (String code : new String[] {"050472", "", "50471", "0504710", "abcdef", "05047１"}) {
            assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, code, 1_111_111_111L, 0), code);
        }
    }

    @Test
    void newSecretsAre160BitBase32AndTheUriIsWhatAppsRead() {
        String secret = totp.newSecret();
        assertEquals(20, new Base32().decode(secret).length, secret);
        assertNotEquals(secret, totp.newSecret());
        String uri = totp.uri("alice", secret);
        assertTrue(uri.startsWith("otpauth://totp/securechat%3Aalice?secret=" + secret + "&issuer=securechat"), uri);
        assertTrue(uri.contains("algorithm=SHA1") && uri.contains("digits=6") && uri.contains("period=30"), uri);
    }
}
