package org.securechat.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.model.Message;
import org.securechat.tui.net.StoredSessions;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.support.ServerProcess;
import org.securechat.tui.support.VirtualScreen;

/**
 * The real packaged server restarted under a client that types nothing: it comes back by itself with its resume
 * token (the new server password does not matter), shows what another user sent meanwhile exactly once, and a
 * token logged out is refused.
 */
class ResumeAcrossRestartsTest {
    @TempDir
    Path dir;

    /** SIGTERM is a restart (PROTOCOL.md): the server's shutdown event must say {@code restart: true}. */
    @Test
    void aClientResumesAfterSigtermAndShowsWhatWasSentMeanwhileOnce() throws Exception {
        comesBackAfter(false);
    }

    @Test
    void aClientResumesAfterKillDashNineAndShowsWhatWasSentMeanwhileOnce() throws Exception {
        comesBackAfter(true);
    }

    private void comesBackAfter(boolean crash) throws Exception {
        ServerProcess first = ServerProcess.start(dir.resolve("data"));
        ServerProcess second = null;
        try (VirtualScreen alice = VirtualScreen.connectedTo(first, dir.resolve("kh"), "alice", "alice-password",
                true)) {
            alice.type("before the restart").press(KeyType.Enter);
            alice.waitForText("<alice> before the restart");
            assertTrue(Files.readString(dir.resolve("sessions")).contains(" alice "), "the token is stored");
            if (crash) {
                first.kill();
            } else {
                assertEquals(0, first.stop());
            }
            alice.waitForText(" reconnecting (in ");
            second = first.restart(Map.of()); // a new server password: only the token can bring alice back
            try (VirtualScreen bob = VirtualScreen.connectedTo(second, dir.resolve("kh-bob"), "bob",
                    "bob-password-1", true)) {
                for (int i = 1; i <= 3; i++) {
                    bob.type("meanwhile " + i).press(KeyType.Enter);
                    bob.waitForText("<bob> meanwhile " + i);
                }
            }
            alice.waitFor("resumed", text -> text.contains("<bob> meanwhile 3") && text.contains(" online |"),
                    Duration.ofSeconds(90));
            assertTrue(alice.state().find(org.securechat.tui.model.BufferId.room("general")).orElseThrow().entries()
                    .stream().anyMatch(entry -> entry.toString().contains("Resumed.")), "resumed, not logged in");
            String text = alice.text();
            for (int i = 1; i <= 3; i++) {
                assertEquals(1, count(text, "<bob> meanwhile " + i), text);
            }
            assertEquals(1, count(text, "<alice> before the restart"), text);
            long[] ids = alice.state().find(org.securechat.tui.model.BufferId.room("general")).orElseThrow()
                    .entries().stream().filter(Message.class::isInstance).mapToLong(e -> ((Message) e).msgId())
                    .toArray();
            for (int i = 1; i < ids.length; i++) {
                assertTrue(ids[i - 1] < ids[i], "in order, each once");
            }
            alice.type("after the restart").press(KeyType.Enter);
            alice.waitForText("<alice> after the restart");
            assertFalse(alice.text().contains("not sent"), alice.text());
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void afterLogoutTheTokenIsForgottenAndRefused() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"))) {
            StoredSessions sessions = StoredSessions.beside(dir.resolve("kh"));
            String token;
            try (VirtualScreen alice = VirtualScreen.connectedTo(server, dir.resolve("kh"), "alice",
                    "alice-password", true)) {
                token = sessions.lookup(server.endpoint(), "alice").orElseThrow().token();
                alice.type("/logout").press(KeyType.Enter);
                alice.waitForText("You have logged out");
                assertTrue(sessions.lookup(server.endpoint(), "alice").isEmpty(), "forgotten here");
            }
            // the same token, put back by hand, is refused by the server: the client goes to the form with why
            sessions.save(server.endpoint(), "alice", new StoredSessions.Stored(token, "d"));
            try (VirtualScreen again = VirtualScreen.loggingIn(server, dir.resolve("kh"),
                    new Credentials("alice", null, null), false, 30)) {
                again.waitForText("no longer valid");
                assertTrue(sessions.lookup(server.endpoint(), "alice").isEmpty(), "a refused token is forgotten");
            }
        }
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
