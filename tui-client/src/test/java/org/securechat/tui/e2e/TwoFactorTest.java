package org.securechat.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.support.ServerProcess;
import org.securechat.tui.support.VirtualScreen;

/**
 * Two-factor authentication as a user meets it in the client, on a real server: /totp setup shows the secret
 * and a QR code, /totp enable the recovery codes, the next login asks for a code, /totp disable turns it off.
 * The test is the user's authenticator app: it reads the secret off the screen and computes the codes.
 */
class TwoFactorTest {
    private static final Pattern SECRET = Pattern.compile("Secret: ([A-Z2-7]{32})");
    private static final Pattern RECOVERY = Pattern.compile("[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}");

    @TempDir
    Path dir;

    /** The code of the step {@code ahead} steps after the current one, as the app would show it then. */
    private static String code(String secret, int ahead) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30) + ahead);
    }

    /** /totp setup and enable on a logged-in screen: the secret read off it and the recovery codes shown. */
    private static Enrolled enrol(VirtualScreen screen, String password) throws Exception {
        screen.type("/totp setup").press(KeyType.Enter);
        return enrolAsked(screen, password);
    }

    /** The same, from the password form on. */
    private static Enrolled enrolAsked(VirtualScreen screen, String password) throws Exception {
        screen.waitForText("Set up two-factor authentication");
        screen.type(password).press(KeyType.Tab).press(KeyType.Enter);
        screen.waitForText("Secret: ");
        assertTrue(screen.text().contains("otpauth://totp/securechat%3A"), screen.text());
        assertTrue(screen.text().contains("█") && screen.text().contains("▀"), "the QR code is drawn:\n" + screen.text());
        Matcher secret = SECRET.matcher(screen.text());
        assertTrue(secret.find(), screen.text());
        screen.press(KeyType.Enter); // Done
        screen.waitFor("the secret's window closed", text -> !text.contains("Your two-factor secret"),
                Duration.ofSeconds(15));

        screen.type("/totp enable " + code(secret.group(1), 0)).press(KeyType.Enter);
        screen.waitForText("Recovery codes: shown only now");
        List<String> codes = RECOVERY.matcher(screen.text()).results().map(MatchResult::group).toList();
        assertEquals(10, codes.size(), screen.text());
        screen.press(KeyType.Enter); // I have saved them
        screen.waitForText("Two-factor authentication is on");
        return new Enrolled(secret.group(1), codes);
    }

    private record Enrolled(String secret, List<String> recoveryCodes) { }

    /** A login takes bcrypt and TLS on the packaged server: on a busy machine, longer than a screen update. */
    private static void waitForLogin(VirtualScreen screen, String text) {
        screen.waitFor("\"" + text + "\"", shown -> shown.contains(text), Duration.ofSeconds(90));
    }

    @Test
    void setUpTurnOnLogInWithACodeAndTurnOff() throws Exception {
        ServerProcess server = ServerProcess.shared();
        Path knownHosts = dir.resolve("known_hosts");
        Credentials gina = new Credentials("gina", "gina-password", server.serverPassword());
        Enrolled enrolled;
        try (VirtualScreen screen = VirtualScreen.loggingIn(server, knownHosts, gina, true, 48)) {
            waitForLogin(screen, "online | gina@");
            enrolled = enrol(screen, gina.password());
        }

        try (VirtualScreen screen = VirtualScreen.loggingIn(server, knownHosts, gina, false, 30)) {
            waitForLogin(screen, "The code your authenticator app shows now");
            screen.type("000000").press(KeyType.Tab).press(KeyType.Enter);
            waitForLogin(screen, "Wrong two-factor code, or one used already");
            screen.press(KeyType.Enter); // the form's "Log in" again, with what it keeps
        }

        try (VirtualScreen screen = VirtualScreen.loggingIn(server, knownHosts, gina, false, 30)) {
            waitForLogin(screen, "The code your authenticator app shows now");
            screen.type(code(enrolled.secret(), 1)).press(KeyType.Tab).press(KeyType.Enter);
            waitForLogin(screen, "online | gina@");
        }

        try (VirtualScreen screen = VirtualScreen.loggingIn(server, knownHosts, gina, false, 30)) {
            waitForLogin(screen, "The code your authenticator app shows now");
            screen.type(enrolled.recoveryCodes().get(0)).press(KeyType.Tab).press(KeyType.Enter);
            waitForLogin(screen, "online | gina@");

            screen.type("/totp disable").press(KeyType.Enter);
            screen.waitForText("Turn off two-factor authentication");
            screen.type(gina.password()).press(KeyType.Tab).type(enrolled.recoveryCodes().get(1))
                    .press(KeyType.Tab).press(KeyType.Enter);
            screen.waitForText("Two-factor authentication is off.");
        }

        try (VirtualScreen screen = VirtualScreen.connectedTo(server, knownHosts, "gina", gina.password(), false)) {
            assertTrue(screen.text().contains("#general"), screen.text());
        }
    }

    @Test
    void anAdminOfAServerThatRequiresItSetsItUpBeforeAnythingElse() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"), Map.of("CHAT_TOTP_REQUIRED_FOR_ADMINS", "true"));
             VirtualScreen admin = VirtualScreen.loggingIn(server, dir.resolve("kh"), new Credentials(ServerProcess.ADMIN,
                     ServerProcess.ADMIN_PASSWORD, server.serverPassword()), false, 48)) {
            waitForLogin(admin, "requires admins to use two-factor authentication");
            assertTrue(admin.text().contains("Users (0)"), "not in the chat yet:\n" + admin.text());
            enrolAsked(admin, ServerProcess.ADMIN_PASSWORD);
            admin.waitForText("#general");
            admin.type("in with two factors").press(KeyType.Enter);
            admin.waitForText("<admin> in with two factors");
        }
    }
}
