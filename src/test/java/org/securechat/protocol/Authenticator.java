package org.securechat.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Clock;
import java.time.Duration;
import org.securechat.TestClock;

/**
 * The user's authenticator app in a test: the secret that totp_setup returned, and the code it
 * shows at a given time, computed as RFC 6238 says, independently of the server's classes.
 */
public record Authenticator(String secret) {
    private static final long STEP_MILLIS = 30_000;

    public static Authenticator of(JsonNode setupReply) {
        return new Authenticator(setupReply.path("secret").asText());
    }

    /** The code of the step {@code stepsAhead} after the one the clock is in (negative: before). */
    public String code(Clock clock, int stepsAhead) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, Math.floorDiv(clock.millis(), STEP_MILLIS) + stepsAhead);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public String code(Clock clock) {
        return code(clock, 0);
    }

    /**
     * Moves the clock to half a second into the next step, so that a test's codes stay in the step
     * it computed them for: no wall-clock step boundary can fall between the test and the server.
     */
    static void nextStep(TestClock clock) {
        clock.advance(Duration.ofMillis(STEP_MILLIS - Math.floorMod(clock.millis(), STEP_MILLIS) + 500));
    }
}
