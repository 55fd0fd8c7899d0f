package org.securechat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.securechat.protocol.LimitsProfile;
import org.securechat.protocol.WireClient;
import org.securechat.security.ServerPassword;
import org.securechat.security.TlsMaterialSource;
import org.securechat.transport.tcp.ChatListener;

/**
 * The admin API's failed logins slow their address and nobody else: a burst of wrong passwords
 * needs no account, and must not lock the admin out of the API or the chat.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class AdminApiThrottleTest {
    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "root-password-for-tests";

    @Inject
    ChatListener listener;
    @Inject
    ServerPassword serverPassword;
    @Inject
    TlsMaterialSource tls;

    @Test
    void aBurstOfWrongPasswordsSlowsItsAddressAndLocksNoOneOut() throws Exception {
        HttpFrom attacker = new HttpFrom("127.0.0.20");
        ExecutorService burst = Executors.newFixedThreadPool(20);
        List<HttpFrom.Answer> answers;
        try {
            answers = IntStream.range(0, 20)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> attacker.get("/api/admin/users", ADMIN, "guess " + i), burst))
                    .toList().stream().map(CompletableFuture::join).toList();
        } finally {
            burst.shutdown();
        }
        long checked = answers.stream().filter(a -> a.status() == 401).count();
        assertTrue(checked <= LimitsProfile.FREE_FAILURES + 1, () -> checked + " of 20 simultaneous guesses were checked");
        List<HttpFrom.Answer> throttled = answers.stream().filter(a -> a.status() == 429).toList();
        assertEquals(20 - checked, throttled.size(), answers::toString);
        throttled.forEach(a -> assertNotNull(a.retryAfter(), "a 429 says when to retry"));
        assertEquals(429, attacker.get("/api/admin/users", ADMIN, ADMIN_PASSWORD).status(),
                "the attacker's address waits, even with the right password");

        assertEquals(200, new HttpFrom("127.0.0.21").get("/api/admin/users", ADMIN, ADMIN_PASSWORD).status(),
                "the admin, from elsewhere, is let in");
        try (WireClient chat = WireClient.pinned(listener.port(), tls.load().fingerprint())) {
            chat.ok("login", "user", ADMIN, "password", ADMIN_PASSWORD, "server_password", serverPassword.current());
        }
    }
}
