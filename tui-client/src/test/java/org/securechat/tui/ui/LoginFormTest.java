package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;

class LoginFormTest {

    @Test
    void formLogsInWithMaskedSecretsAndShowsTheChat() throws Exception {
        ScriptedSession session = new ScriptedSession("alice", false, List.of("general"));
        AtomicReference<LoginRequest> submitted = new AtomicReference<>();
        Connector recording = (request, listener, prompt) -> {
            submitted.set(request);
            return session.connector().create(request, listener, prompt);
        };
        try (VirtualScreen screen = new VirtualScreen(100, 30, recording)) {
            screen.start(null, Optional.empty());
            screen.waitForText("Server password");
            screen.type("alice").press(KeyType.Tab).type("s3cret-pass").press(KeyType.Tab).type("k3Fq-9xTz");
            assertTrue(screen.text().contains("***********"), screen.text());
            assertFalse(screen.text().contains("s3cret-pass"), "the password is masked");
            assertTrue(screen.text().contains("k3Fq-9xTz"), "the server password, copied off the admin's screen, shows");
            screen.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Enter);
            screen.waitForText("#general");
            screen.waitForText("online | alice@localhost:7443");
            assertEquals("alice", submitted.get().credentials().user());
            assertEquals("s3cret-pass", submitted.get().credentials().password());
            assertEquals("k3Fq-9xTz", submitted.get().credentials().serverPassword());
            assertFalse(submitted.get().register());
        }
    }

    @Test
    void refusedLoginKeepsTheFormAndSaysWhy() throws Exception {
        ScriptedSession session = new ScriptedSession("alice", false, List.of("general"));
        session.refuseLogin("bad_credentials", "wrong user or password");
        try (VirtualScreen screen = new VirtualScreen(100, 30, session.connector())) {
            screen.start("alice", Optional.empty());
            screen.type("nope-nope").press(KeyType.Tab).type("x").press(KeyType.Tab).press(KeyType.Tab)
                    .press(KeyType.Enter);
            screen.waitForText("Wrong user or password");
            assertTrue(screen.text().contains("Server password"), "the form is still there");
        }
    }
}
