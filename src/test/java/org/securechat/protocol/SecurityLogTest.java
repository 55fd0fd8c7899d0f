package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securechat.TestClock;

/**
 * What an operator reads of an attack: failed logins with their source (never what was typed as a
 * password), registrations, exceeded budgets; the same event from one source at most once in ten
 * seconds, with a count of those left out.
 */
@QuarkusTest
class SecurityLogTest extends ProtocolTestBase {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    TestClock clock;

    @BeforeEach
    void listen() {
        Logger.getLogger("org.securechat.chat.SecurityLog").addHandler(capture);
        clock.advance(Duration.ofSeconds(11)); // out of any quiet window an earlier test opened
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("org.securechat.chat.SecurityLog").removeHandler(capture);
    }

    // Each test comes from an address of its own: the quiet windows are per source.

    @Test
    void aFailedLoginIsLoggedWithItsSourceAndRepeatsAreCounted() {
        Credentials who = Credentials.fresh("logged");
        WireClient client = connect(Dial.DEFAULT.from("127.0.2.1"));
        assertOk(client.register(who));
        client.quit();
        assertTrue(lines.contains("registered " + who.user() + " from 127.0.2.1"), lines::toString);
        client = connect(Dial.DEFAULT.from("127.0.2.1"));
        Credentials wrong = new Credentials(who.user(), "not the password");
        WireClient.assertError("bad_credentials", client.login(wrong));
        WireClient.assertError("bad_credentials", client.login(wrong));
        String failed = "failed login from 127.0.2.1 for " + who.user() + ": wrong password";
        assertEquals(1, lines.stream().filter(failed::equals).count(), lines::toString);

        clock.advance(Duration.ofSeconds(11));
        WireClient.assertError("bad_credentials", client.login(wrong));
        assertTrue(lines.contains(failed + " (1 more like it in the 10 s before)"), lines::toString);
    }

    @Test
    void aPasswordTypedAsTheUserNameIsNotLogged() {
        WireClient.assertError("bad_credentials", connect(Dial.DEFAULT.from("127.0.2.2"))
                .login(new Credentials("my secret passphrase", "x")));
        assertTrue(lines.contains("failed login from 127.0.2.2 for (no valid name): wrong password"), lines::toString);
        assertFalse(lines.stream().anyMatch(line -> line.contains("secret")), lines::toString);
    }

    @Test
    void aFloodIsLoggedOnce() {
        WireClient flooder = connect(Dial.DEFAULT.from("127.0.2.3"));
        assertOk(flooder.register(Credentials.fresh("flooder")));
        IntStream.range(0, 30).forEach(i -> flooder.send(WireClient.frame("send", "id", i, "room", "general",
                "text", "flood " + i)));
        IntStream.range(0, 30).forEach(flooder::reply);
        assertEquals(1, lines.stream().filter(line -> line.matches(
                "session \\d+ \\(" + flooder.user() + " from 127\\.0\\.2\\.3\\) exceeded its messages budget")).count(),
                lines::toString);
    }
}
