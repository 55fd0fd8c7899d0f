package org.securechat.tui.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.EOFException;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.securechat.tui.client.ChatClient;
import org.securechat.tui.client.ClientHooks;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.net.Session;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.SecondFactor;
import org.securechat.tui.protocol.ServerError;
import org.securechat.tui.trust.Fingerprint;
import org.securechat.tui.trust.UntrustedServerException;

/**
 * The whole client on one screen: the login form, then the chat window, wired to a {@link Session}.
 * Everything on screen happens on the GUI thread; the network reaches it through {@code invokeLater}.
 */
public final class TuiApp implements ClientHooks {
    private final Terminal terminal;
    private final MultiWindowTextGUI gui;
    private final Connector connector;
    private final ChatState state = new ChatState();
    private final ChatClient client;
    private final ChatComponent chat;
    private final BasicWindow chatWindow = new BasicWindow();
    private volatile Session link;
    private Credentials credentials;
    private LoginForm form;
    private AdminPane adminPane;
    private volatile boolean running = true;
    private Notifier notifier = new Notifier(OutputStream.nullOutputStream(), Notifier.Mode.BELL, this::bell);

    /** The clock times the input (a paste is keys milliseconds apart) and gives the zone messages are shown in. */
    public TuiApp(Screen screen, Terminal terminal, Connector connector, Clock clock) {
        this.terminal = terminal;
        this.connector = connector;
        this.gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen, new DefaultWindowManager(), null,
                new EmptySpace(TextColor.ANSI.DEFAULT));
        TextGUIThread guiThread = gui.getGUIThread();
        this.client = new ChatClient(state, this::request, guiThread::invokeLater, this, clock);
        this.chat = new ChatComponent(state, client.commands(), client.history(), clock);
        Panel content = new Panel(new BorderLayout());
        content.addComponent(chat, BorderLayout.Location.CENTER);
        chatWindow.setComponent(content);
        chatWindow.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        // After each key the chat handles (a buffer switch, say): sync the read position and the users pane.
        chatWindow.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window window, KeyStroke key, AtomicBoolean deliver) {
                guiThread.invokeLater(client::viewed);
            }
        });
    }

    /** How DMs and mentions are announced; the bell until set. */
    public void notifyWith(Notifier chosen) {
        notifier = chosen;
    }

    public MultiWindowTextGUI gui() {
        return gui;
    }

    /** What the screen draws; tests read it for what the screen does not show, such as a page still loading. */
    public ChatState state() {
        return state;
    }

    /** Logs in straight away when the command line gave everything, else shows the form. */
    public void start(LoginForm.Defaults defaults, Optional<LoginRequest> automatic) {
        form = new LoginForm(defaults, this::connect, this::quit);
        if (automatic.isPresent()) {
            showChat();
            connect(automatic.get());
        } else {
            gui.addWindow(form.window());
        }
    }

    /** The main loop for a real terminal; tests call {@link #step()} themselves. */
    public void run() throws IOException, InterruptedException {
        try {
            while (running) {
                if (!step()) {
                    Thread.sleep(10);
                }
            }
        } catch (EOFException terminalClosed) {
            quit();
        }
    }

    /**
     * One turn of the loop: keys and network callbacks, then what only time decides (a held Enter, the end of a
     * paste, a queued message's retry). True if anything happened.
     */
    public boolean step() throws IOException {
        boolean drew = gui.getGUIThread().processEventsAndUpdate();
        boolean settled = chat.settleInput();
        boolean sent = client.tick();
        return drew || settled || sent;
    }

    private <R extends Reply> CompletableFuture<R> request(Request<R> request) {
        Session current = link;
        return current == null
                ? CompletableFuture.failedFuture(new IOException("not connected"))
                : current.request(request);
    }

    private void connect(LoginRequest request) {
        credentials = request.credentials().withoutSecondFactor();
        state.setServer(request.endpoint().toString());
        Thread connecting = new Thread(() -> {
            try {
                Session session = connector.create(request, client.linkListener(), this::askTrust);
                link = session;
                session.start(request.register());
                gui.getGUIThread().invokeLater(this::loggedIn);
            } catch (ServerError e) {
                link = null;
                gui.getGUIThread().invokeLater(() -> {
                    if ("totp_required".equals(e.code())) {
                        askSecondFactor(request, e);
                    } else {
                        loginFailed(e.describe());
                    }
                });
            } catch (IOException e) {
                link = null;
                gui.getGUIThread().invokeLater(() -> loginFailed(connectionProblem(e)));
            }
        }, "securechat-connect");
        connecting.setDaemon(true);
        connecting.start();
    }

    /** The password was right and the account has two-factor authentication: log in again with the code asked for. */
    private void askSecondFactor(LoginRequest request, ServerError required) {
        TotpDialogs.askCode(gui, typed -> {
            if (form.window().getTextGUI() != null) {
                form.showMessage("Checking the code...");
            }
            connect(new LoginRequest(request.endpoint(),
                    request.credentials().withSecondFactor(SecondFactor.of(typed)), false));
        }, () -> loginFailed(required.describe()));
    }

    private static String connectionProblem(IOException e) {
        UntrustedServerException untrusted = UntrustedServerException.findIn(e);
        if (untrusted != null) {
            return untrusted.getMessage();
        }
        return "Cannot connect: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void loggedIn() {
        state.setServerPassword(credentials.serverPassword());
        form.close();
        showChat();
    }

    private void showChat() {
        if (chatWindow.getTextGUI() == null) {
            gui.addWindow(chatWindow);
        }
        chat.takeFocus();
        changed();
    }

    private void loginFailed(String why) {
        if (chatWindow.getTextGUI() != null) {
            chatWindow.close();
        }
        if (form.window().getTextGUI() == null) {
            gui.addWindow(form.window());
        }
        form.showMessage(why);
    }

    /** Called on the connecting thread: asks on the GUI thread and waits for the answer. */
    private boolean askTrust(String host, int port, Fingerprint fingerprint) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        gui.getGUIThread().invokeLater(() -> Dialogs.choose(gui, "Unknown server",
                "The server " + host + ":" + port + " is not known yet.\nIts SHA-256 fingerprint is\n"
                        + fingerprint.toString().substring(0, 48) + "\n" + fingerprint.toString().substring(48)
                        + "\nCompare it with the one the server printed at startup.\nTrust it and remember it?",
                "Trust", "Refuse", () -> answer.complete(true), () -> answer.complete(false)));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    @Override
    public void changed() {
        client.viewed();
        chat.invalidate();
        if (adminPane != null && adminPane.isOpen()) {
            adminPane.refresh();
        }
    }

    @Override
    public void bell() {
        try {
            terminal.bell();
        } catch (IOException ignored) {
            // a bell that cannot ring is not worth interrupting the chat for
        }
    }

    @Override
    public void notify(String title, String text) {
        notifier.notify(title, text);
    }

    @Override
    public void restoreInput(String text) {
        chat.restoreInput(text);
    }

    @Override
    public void openAdminPane() {
        adminPane = new AdminPane(gui, state, client.commands());
        adminPane.show();
    }

    @Override
    public void askPasswordChange() {
        PasswordDialog.show(gui, client.commands()::changePassword);
    }

    @Override
    public void passwordChanged(String newPassword) {
        credentials = credentials.withPassword(newPassword);
        updateLinkCredentials();
    }

    @Override
    public void serverPasswordChanged(String newServerPassword) {
        credentials = credentials.withServerPassword(newServerPassword);
        updateLinkCredentials();
    }

    private void updateLinkCredentials() {
        Session current = link;
        if (current != null) {
            current.updateCredentials(credentials);
        }
    }

    @Override
    public void askTotpSetup(boolean required) {
        TotpDialogs.askPassword(gui, required, client.commands()::totpSetup);
    }

    @Override
    public void showTotpSecret(String secret, String uri) {
        TotpDialogs.showSecret(gui, secret, uri);
    }

    @Override
    public void showRecoveryCodes(List<String> codes) {
        TotpDialogs.showRecoveryCodes(gui, codes);
    }

    @Override
    public void askTotpDisable() {
        TotpDialogs.askDisable(gui, client.commands()::totpDisable);
    }

    @Override
    public void quit() {
        Session current = link;
        if (current != null) {
            current.quit();
        }
        running = false;
    }

    @Override
    public void logout() {
        Session current = link;
        link = null;
        if (current != null) {
            current.logout();
        }
        loginFailed("You have logged out; this client no longer holds a saved session.");
    }

    @Override
    public void reconnect() {
        Session current = link;
        if (current != null) {
            current.reconnect();
        }
    }

    @Override
    public void signedOut(String why) {
        link = null;
        loginFailed(why);
    }
}
