package org.securechat.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.support.ServerProcess;
import org.securechat.tui.support.VirtualScreen;

/** An admin at work in the admin pane, and a client riding out a server crash; each on its own real server. */
class AdminAndResilienceTest {
    @TempDir
    Path dir;

    @Test
    void adminKicksRegeneratesAndStopsFromTheAdminPane() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"));
             VirtualScreen admin = VirtualScreen.connectedTo(server, dir.resolve("kh"), ServerProcess.ADMIN,
                     ServerProcess.ADMIN_PASSWORD, false);
             VirtualScreen bob = VirtualScreen.connectedTo(server, dir.resolve("kh"), "bob", "bob-password-1", true)) {
            admin.waitForText(" bob");
            admin.press(KeyType.F2);
            admin.waitForText("kick admin (admin)");
            admin.waitForText("kick bob");
            admin.waitForText("Server password: " + server.serverPassword());
            admin.press(KeyType.ArrowDown).press(KeyType.Enter);
            admin.waitForText("Kick bob?");
            admin.press(KeyType.ArrowLeft).press(KeyType.Enter);
            bob.waitForText("You were kicked by admin");
            // The link reports the end only once it has stopped for good, so no reconnect can follow this.
            bob.waitFor("the end of the session, not a reconnect",
                    text -> text.lines().toList().get(28).startsWith(" disconnected (kicked by admin)"),
                    Duration.ofSeconds(15));
            assertFalse(bob.text().contains("Users (2)"), "nobody is shown online to a disconnected client");

            admin.press(KeyType.Tab).press(KeyType.Enter);
            admin.waitFor("a new server password", text -> newPassword(text, server.serverPassword()),
                    Duration.ofSeconds(15));

            admin.press(KeyType.Tab).press(KeyType.Enter);
            admin.waitForText("Stop the server for everyone?");
            admin.press(KeyType.ArrowLeft).press(KeyType.Enter);
            admin.waitForText("The server has stopped");
            assertEquals(0, server.awaitExit(Duration.ofSeconds(30)));
            admin.waitForText("disconnected");
        }
    }

    private static boolean newPassword(String screenText, String old) {
        Matcher matcher = Pattern.compile("Server password: (\\S+)").matcher(screenText);
        return matcher.find() && !matcher.group(1).equals(old) && !matcher.group(1).startsWith("(");
    }

    @Test
    void reconnectsAfterACrashAndReloadsHistoryWithoutDuplicates() throws Exception {
        Map<String, String> env = Map.of("CHAT_SERVER_PASSWORD", "fixed-server-password-1");
        ServerProcess first = ServerProcess.start(dir.resolve("data"), env);
        ServerProcess second = null;
        try (VirtualScreen alice = VirtualScreen.connectedTo(first, dir.resolve("kh"), "alice", "alice-password",
                true)) {
            alice.type("before the crash").press(KeyType.Enter);
            alice.waitForText("<alice> before the crash");
            first.kill();
            alice.waitForText("reconnecting");
            second = first.restart(env);
            alice.waitFor("online again", text -> text.contains("Resumed.") && text.contains(" online |"),
                    Duration.ofSeconds(60));
            alice.type("after the crash").press(KeyType.Enter);
            alice.waitForText("<alice> after the crash");
            String text = alice.text();
            assertEquals(1, count(text, "before the crash"), text);
            assertFalse(text.contains("not sent"), text);
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
