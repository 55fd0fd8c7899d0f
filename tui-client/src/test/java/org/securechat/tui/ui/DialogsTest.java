package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;
import org.securechat.tui.trust.Fingerprint;

/** The first-use trust question and the masked /passwd form, on the headless terminal. */
class DialogsTest {
    private static final Fingerprint PRINTED = Fingerprint.parse("0123456789ABCDEF".repeat(4));
    private static final Optional<LoginRequest> LOGIN = Optional.of(new LoginRequest(
            new Endpoint("localhost", 7443), new Credentials("alice", "password1", "server-pw"), false));

    @Test
    void unknownServerShowsItsFingerprintAndTrustingLogsIn() throws Exception {
        ScriptedSession session = new ScriptedSession("alice", false, List.of("general"));
        session.presentUnknownFingerprint(PRINTED);
        try (VirtualScreen screen = new VirtualScreen(80, 24, session.connector())) {
            screen.start("alice", LOGIN);
            screen.waitForText("is not known yet");
            String printed = PRINTED.toString();
            assertTrue(screen.text().contains(printed.substring(0, 47)), screen.text());
            assertTrue(screen.text().contains(printed.substring(48)), screen.text());
            screen.press(KeyType.ArrowLeft).press(KeyType.Enter);
            screen.waitForText("online | alice@localhost:7443");
        }
    }

    @Test
    void refusingTheUnknownServerIsTheDefaultAndReturnsToTheForm() throws Exception {
        ScriptedSession session = new ScriptedSession("alice", false, List.of("general"));
        session.presentUnknownFingerprint(PRINTED);
        try (VirtualScreen screen = new VirtualScreen(80, 24, session.connector())) {
            screen.start("alice", LOGIN);
            screen.waitForText("is not known yet");
            screen.press(KeyType.Enter);
            screen.waitForText("not accepted");
            assertTrue(screen.text().contains("Server password"), "back at the login form");
        }
    }

    @Test
    void passwdAsksInAMaskedFormAndSendsOldAndNew() throws Exception {
        ScriptedSession session = new ScriptedSession("alice", false, List.of("general"));
        try (VirtualScreen screen = new VirtualScreen(80, 24, session.connector())) {
            screen.start("alice", LOGIN);
            screen.waitForText("online");
            screen.type("/passwd").press(KeyType.Enter);
            screen.waitForText("New password again");
            screen.type("old-secret").press(KeyType.Tab).type("new-secret-1").press(KeyType.Tab)
                    .type("new-secret-2").press(KeyType.Tab).press(KeyType.Enter);
            screen.waitForText("The new passwords differ.");
            assertTrue(session.sent(Request.Passwd.class).isEmpty());
            screen.press(KeyType.Escape);
            screen.waitFor("the form closed", text -> !text.contains("New password again"),
                    java.time.Duration.ofSeconds(5));
            screen.type("/passwd").press(KeyType.Enter);
            screen.waitForText("New password again");
            screen.type("old-secret").press(KeyType.Tab).type("new-secret-1").press(KeyType.Tab)
                    .type("new-secret-1").press(KeyType.Tab).press(KeyType.Enter);
            screen.waitForText("Password changed.");
            Request.Passwd passwd = session.sent(Request.Passwd.class).get(0);
            assertEquals("old-secret", passwd.oldPassword());
            assertEquals("new-secret-1", passwd.newPassword());
            assertFalse(screen.text().contains("secret"), "no password is ever drawn");
        }
    }
}
