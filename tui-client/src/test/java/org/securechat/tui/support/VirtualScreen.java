package org.securechat.tui.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.trust.KnownHosts;
import org.securechat.tui.ui.Connector;
import org.securechat.tui.ui.LoginForm;
import org.securechat.tui.ui.LoginRequest;
import org.securechat.tui.ui.TuiApp;

/**
 * The real client on Lanterna's headless terminal: the test types keys and reads the character grid, and drives
 * the GUI loop itself (this thread is the GUI thread).
 */
public final class VirtualScreen implements AutoCloseable {
    private final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private final TuiApp app;
    private final AtomicInteger bells = new AtomicInteger();
    private final ManualClock clock = new ManualClock();

    public VirtualScreen(int columns, int rows, Connector connector) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
            }

            @Override
            public void onBell() {
                bells.incrementAndGet();
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize size) {
            }
        });
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        app = new TuiApp(screen, terminal, connector, clock);
    }

    /** A client on the real server that logs in (or registers) straight away, pinning the printed fingerprint. */
    public static VirtualScreen connectedTo(ServerProcess server, Path knownHosts, String user, String password,
                                            boolean register) throws IOException {
        VirtualScreen screen = loggingIn(server, knownHosts, new Credentials(user, password, server.serverPassword()),
                register, 30);
        screen.waitForText("online | " + user + "@");
        return screen;
    }

    /** A client {@code rows} high that starts logging in on the real server; the test waits for what follows. */
    public static VirtualScreen loggingIn(ServerProcess server, Path knownHosts, Credentials credentials,
                                          boolean register, int rows) throws IOException {
        VirtualScreen screen = new VirtualScreen(100, rows,
                Connector.overTls(new KnownHosts(knownHosts), Optional.of(server.fingerprint())));
        screen.start(credentials.user(), Optional.of(new LoginRequest(server.endpoint(), credentials, register)));
        return screen;
    }

    /**
     * The client logged in through a scripted session as alice@localhost:7443, set up by {@code setUp} before it
     * starts (as its command line would).
     */
    public static VirtualScreen scripted(ScriptedSession session, int columns, int rows, Consumer<TuiApp> setUp)
            throws IOException {
        VirtualScreen screen = new VirtualScreen(columns, rows, session.connector());
        setUp.accept(screen.app);
        screen.start("alice", Optional.of(new LoginRequest(new Endpoint("localhost", 7443),
                new Credentials("alice", "password1", "server-pw"), false)));
        screen.waitForText("online | alice@localhost:7443");
        return screen;
    }

    /** A 100x30 screen logged in to the scripted session as its user straight away. */
    public static VirtualScreen loggedIn(ScriptedSession session, String user) throws IOException {
        VirtualScreen screen = new VirtualScreen(100, 30, session.connector());
        screen.start(user, Optional.of(new LoginRequest(new Endpoint("localhost", 7443),
                new Credentials(user, "password1", "pw"), false)));
        screen.waitForText("online | " + user + "@");
        return screen;
    }

    public void start(String user, Optional<LoginRequest> automatic) {
        app.start(new LoginForm.Defaults("localhost", 7443, user, false), automatic);
        pump();
    }

    /** Runs the GUI loop until nothing is left to do. */
    public void pump() {
        try {
            for (int i = 0; i < 50; i++) {
                if (!app.step()) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the client holds, for what the screen cannot show at once (a buffer longer than the pane). */
    public ChatState state() {
        return app.state();
    }

    public ManualClock clock() {
        return clock;
    }

    /**
     * Keys as a person types them: this burst arrives at one instant, then a pause longer than any gap inside a
     * paste passes before the next (so an Enter at the end of it submits).
     */
    private VirtualScreen keys(KeyStroke... strokes) {
        for (KeyStroke stroke : strokes) {
            terminal.addInput(stroke);
        }
        pump();
        clock.advance(Duration.ofMillis(200));
        pump();
        return this;
    }

    public VirtualScreen type(String text) {
        return keys(text.chars().mapToObj(c -> new KeyStroke((char) c, false, false)).toArray(KeyStroke[]::new));
    }

    /** Text as a terminal delivers a paste: every key at once, each line break an Enter, a tab a Tab. */
    public VirtualScreen paste(String text) {
        return keys(text.chars().mapToObj(c -> c == '\n' ? new KeyStroke(KeyType.Enter)
                : c == '\t' ? new KeyStroke(KeyType.Tab) : new KeyStroke((char) c, false, false))
                .toArray(KeyStroke[]::new));
    }

    public VirtualScreen press(KeyType key) {
        return keys(new KeyStroke(key));
    }

    public VirtualScreen alt(char c) {
        return keys(new KeyStroke(c, false, true));
    }

    public VirtualScreen altArrow(KeyType arrow) {
        return keys(new KeyStroke(arrow, false, true));
    }

    public VirtualScreen altEnter() {
        return keys(new KeyStroke(KeyType.Enter, false, true));
    }

    public VirtualScreen ctrl(char c) {
        return keys(new KeyStroke(c, true, false));
    }

    /** Writes straight to the terminal, as another program sharing it would. */
    public void scribble(int column, int row, String text) {
        terminal.setCursorPosition(column, row);
        terminal.putString(text);
    }

    public void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        pump();
    }

    public TerminalSize size() {
        return terminal.getTerminalSize();
    }

    public TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** One screen row as text; the hidden right half of a wide character is skipped. */
    public String row(int row) {
        StringBuilder out = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int column = 0; column < columns; column++) {
            TextCharacter character = terminal.getCharacter(column, row);
            out.append(character.getCharacterString());
            if (character.isDoubleWidth()) {
                column++;
            }
        }
        return out.toString();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            out.append(row(row)).append('\n');
        }
        return out.toString();
    }

    /** The client itself, to configure it as its command line would. */
    public TuiApp app() {
        return app;
    }

    public int bells() {
        return bells.get();
    }

    /** Pumps until the screen satisfies the condition; fails with the screen's text after the timeout. */
    public void waitFor(String what, Predicate<String> condition, Duration timeout) {
        waitUntil(what, () -> condition.test(text()), timeout);
    }

    private void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            pump();
            if (condition.getAsBoolean()) {
                return;
            }
            clock.advance(Duration.ofMillis(20));
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("screen never showed " + what + ":\n" + text());
    }

    /** Presses PgUp until the text shows, letting the older page each press asks for arrive before the next. */
    public void pageUpUntil(String text) {
        for (int i = 0; i < 40 && !text().contains(text); i++) {
            press(KeyType.PageUp);
            waitUntil("the older page arriving", () -> !app.state().currentBuffer()
                    .map(Buffer::loadingOlder).orElse(false), Duration.ofSeconds(15));
        }
        waitForText(text);
    }

    public void waitForText(String text) {
        waitFor("\"" + text + "\"", screenText -> screenText.contains(text), Duration.ofSeconds(15));
    }

    /** As the person leaving: the session quits (its connection ends, and the server's cap on them holds). */
    @Override
    public void close() throws IOException {
        app.quit();
        screen.stopScreen();
    }
}
