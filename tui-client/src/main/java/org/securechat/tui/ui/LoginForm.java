package org.securechat.tui.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.CheckBox;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.protocol.Credentials;

/**
 * Host, user, password (masked), server password and "register", with a line for what went wrong. The server
 * password is shown as typed: it is read off another screen, shared with everyone invited, and a typo in a
 * masked field is invisible.
 */
public final class LoginForm {
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final BasicWindow window = new BasicWindow("securechat: log in");
    private final TextBox host;
    private final TextBox port;
    private final TextBox user;
    private final TextBox password = new TextBox(new TerminalSize(32, 1)).setMask('*');
    private final TextBox serverPassword = new TextBox(new TerminalSize(32, 1));
    private final CheckBox register = new CheckBox("create this account (register)");
    private final Label message = new Label("");

    /** The starting values for the fields, from the command line. */
    public record Defaults(String host, int port, String user, boolean register) {
    }

    public LoginForm(Defaults defaults, Consumer<LoginRequest> onSubmit, Runnable onQuit) {
        host = new TextBox(new TerminalSize(32, 1), defaults.host());
        port = new TextBox(new TerminalSize(6, 1), Integer.toString(defaults.port()));
        user = new TextBox(new TerminalSize(32, 1), defaults.user() == null ? "" : defaults.user());
        register.setChecked(defaults.register());
        message.setForegroundColor(TextColor.ANSI.RED_BRIGHT);

        Panel grid = new Panel(new GridLayout(2));
        grid.addComponent(new Label("Host"));
        grid.addComponent(host);
        grid.addComponent(new Label("Port"));
        grid.addComponent(port);
        grid.addComponent(new Label("User"));
        grid.addComponent(user);
        grid.addComponent(new Label("Password"));
        grid.addComponent(password);
        grid.addComponent(new Label("Server password"));
        grid.addComponent(serverPassword);
        grid.addComponent(new EmptySpace());
        grid.addComponent(register);
        grid.addComponent(new EmptySpace());
        Panel buttons = new Panel(new GridLayout(2));
        buttons.addComponent(new Button("Log in", () -> submit(onSubmit)));
        buttons.addComponent(new Button("Quit", onQuit));
        grid.addComponent(buttons);
        grid.addComponent(message, GridLayout.createHorizontallyFilledLayoutData(2));
        window.setComponent(grid);
        window.setHints(List.of(Window.Hint.CENTERED));
        (defaults.user() == null || defaults.user().isEmpty() ? user : password).takeFocus();
    }

    public BasicWindow window() {
        return window;
    }

    private void submit(Consumer<LoginRequest> onSubmit) {
        if (host.getText().isBlank() || user.getText().isBlank()) {
            showMessage("Host and user are required.");
            return;
        }
        if (!PORT.matcher(port.getText().strip()).matches() || Integer.parseInt(port.getText().strip()) > 65535) {
            showMessage("The port is a number from 1 to 65535.");
            return;
        }
        showMessage("Connecting...");
        onSubmit.accept(new LoginRequest(new Endpoint(host.getText().strip(), Integer.parseInt(port.getText().strip())),
                new Credentials(user.getText().strip(), password.getText(), serverPassword.getText()),
                register.isChecked()));
    }

    /** Shows why the login failed (or progress); the fields keep what was typed. */
    public void showMessage(String text) {
        message.setText(SafeText.sanitizeKeepingLines(text));
    }

    public void close() {
        window.close();
    }
}
