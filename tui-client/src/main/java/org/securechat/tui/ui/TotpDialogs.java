package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The windows of two-factor authentication: the code asked at login, the new secret with its QR code, the
 * recovery codes shown once, and the forms of /totp setup and /totp disable. Passwords are masked; what the server
 * sent is shown through {@link SafeText}.
 */
final class TotpDialogs {
    private static final int TEXT_WIDTH = 72;

    private TotpDialogs() {
    }

    /** At login, for an account with two-factor authentication: onCode gets what was typed; Cancel or Escape, onCancel. */
    static void askCode(WindowBasedTextGUI gui, Consumer<String> onCode, Runnable onCancel) {
        BasicWindow window = Dialogs.modal("Two-factor authentication");
        AtomicBoolean answered = new AtomicBoolean();
        TextBox code = new TextBox(new TerminalSize(24, 1));
        Panel grid = new Panel(new GridLayout(2));
        grid.addComponent(new Label("The code your authenticator app shows now,\nor one of your recovery codes."),
                GridLayout.createHorizontallyFilledLayoutData(2));
        grid.addComponent(new Label("Code"));
        grid.addComponent(code);
        grid.addComponent(new Button("Log in", () -> {
            if (answered.compareAndSet(false, true)) {
                window.close();
                onCode.accept(code.getText());
            }
        }));
        grid.addComponent(new Button("Cancel", () -> {
            if (answered.compareAndSet(false, true)) {
                window.close();
                onCancel.run();
            }
        }));
        window.setComponent(grid);
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onUnhandledInput(Window basePane, KeyStroke key, AtomicBoolean handled) {
                if (key.getKeyType() == KeyType.Escape && answered.compareAndSet(false, true)) {
                    onCancel.run();
                }
            }
        });
        gui.addWindow(window);
        code.takeFocus();
    }

    /**
     * /totp setup: the password again (masked), before the server makes a secret; {@code required} says the
     * server lets this admin do nothing else first.
     */
    static void askPassword(WindowBasedTextGUI gui, boolean required, Consumer<String> onPassword) {
        BasicWindow window = Dialogs.modal("Set up two-factor authentication");
        TextBox password = new TextBox(new TerminalSize(30, 1)).setMask('*');
        Panel grid = new Panel(new GridLayout(2));
        if (required) {
            Label why = new Label("This server requires admins to use two-factor authentication:\nset it up"
                    + " before anything else (your authenticator app scans a QR code next).");
            why.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
            grid.addComponent(why, GridLayout.createHorizontallyFilledLayoutData(2));
        }
        grid.addComponent(new Label("Password"));
        grid.addComponent(password);
        grid.addComponent(new Button("Continue", () -> {
            window.close();
            onPassword.accept(password.getText());
        }));
        grid.addComponent(new Button("Cancel", window::close));
        window.setComponent(grid);
        gui.addWindow(window);
        password.takeFocus();
    }

    /** The new secret: as a QR code to scan, as text to type, and as the otpauth:// URI. */
    static void showSecret(WindowBasedTextGUI gui, String secret, String uri) {
        BasicWindow window = Dialogs.modal("Your two-factor secret");
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new Label("Scan the code with your authenticator app, or type the secret into it."));
        panel.addComponent(new Label("Then type /totp enable CODE with the code the app shows."));
        Label qr = new Label(QrBlocks.of(uri).stripTrailing());
        qr.setForegroundColor(TextColor.ANSI.BLACK);
        qr.setBackgroundColor(TextColor.ANSI.WHITE_BRIGHT);
        panel.addComponent(qr);
        panel.addComponent(new Label("Secret: " + SafeText.sanitize(secret)));
        panel.addComponent(new Label(String.join("\n", chunks(SafeText.sanitize(uri)))));
        Button done = new Button("Done", window::close);
        panel.addComponent(done);
        window.setComponent(panel);
        gui.addWindow(window);
        done.takeFocus();
    }

    /** The URI in lines the window can hold: it has no spaces to wrap at. */
    private static List<String> chunks(String text) {
        List<String> lines = new ArrayList<>();
        for (int at = 0; at < text.length(); at += TEXT_WIDTH) {
            lines.add(text.substring(at, Math.min(text.length(), at + TEXT_WIDTH)));
        }
        return lines;
    }

    /** The recovery codes, which the server shows only this once. */
    static void showRecoveryCodes(WindowBasedTextGUI gui, List<String> codes) {
        BasicWindow window = Dialogs.modal("Recovery codes: shown only now");
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        Label warning = new Label("Two-factor authentication is on. Write these codes down or store them\n"
                + "somewhere safe NOW: they are not shown again. Each one logs you in once\nif you lose your device.");
        warning.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
        panel.addComponent(warning);
        Panel list = new Panel(new GridLayout(2));
        for (String code : codes) {
            list.addComponent(new Label("  " + SafeText.sanitize(code) + "  "));
        }
        panel.addComponent(list);
        Button saved = new Button("I have saved them", window::close);
        panel.addComponent(saved);
        window.setComponent(panel);
        gui.addWindow(window);
        saved.takeFocus();
    }

    /** /totp disable: the password (masked) and a code of the app or a recovery code. */
    static void askDisable(WindowBasedTextGUI gui, BiConsumer<String, String> onDisable) {
        BasicWindow window = Dialogs.modal("Turn off two-factor authentication");
        TextBox password = new TextBox(new TerminalSize(30, 1)).setMask('*');
        TextBox code = new TextBox(new TerminalSize(30, 1));
        Panel grid = new Panel(new GridLayout(2));
        grid.addComponent(new Label("Password"));
        grid.addComponent(password);
        grid.addComponent(new Label("Code (or recovery code)"));
        grid.addComponent(code);
        grid.addComponent(new Button("Turn off", () -> {
            window.close();
            onDisable.accept(password.getText(), code.getText());
        }));
        grid.addComponent(new Button("Cancel", window::close));
        window.setComponent(grid);
        gui.addWindow(window);
        password.takeFocus();
    }
}
