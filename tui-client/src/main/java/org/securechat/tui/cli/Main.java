package org.securechat.tui.cli;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.net.StoredSessions;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.trust.Fingerprint;
import org.securechat.tui.trust.KnownHosts;
import org.securechat.tui.ui.Connector;
import org.securechat.tui.ui.LoginForm;
import org.securechat.tui.ui.LoginRequest;
import org.securechat.tui.ui.Notifier;
import org.securechat.tui.ui.TuiApp;
import org.securechat.tui.ui.Utf8Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code java -jar securechat-tui.jar}: secrets come from the form or from files, never from the command line. */
@Command(name = "securechat-tui", mixinStandardHelpOptions = true, version = "securechat-tui 0.1.0",
        description = "Full-screen terminal client for a securechat server.",
        footer = {"", "Without --user, --password-file and --server-password-file a login form asks for them;",
                "with --user alone, a session saved by an earlier login (the sessions file beside known_hosts) "
                        + "is resumed without a password.",
                "Server fingerprints are pinned in ~/.config/securechat/known_hosts (override with the "
                        + "environment variable " + KnownHosts.ENV + ")."})
public final class Main implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "localhost", description = "server host (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "7443", description = "server port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--user", description = "account name")
    String user;

    @Option(names = "--register", description = "create the account instead of logging in")
    boolean register;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding your password")
    Path passwordFile;

    @Option(names = "--server-password-file", paramLabel = "FILE",
            description = "file holding the server password (printed by the server at startup)")
    Path serverPasswordFile;

    @Option(names = "--notify", paramLabel = "MODE", defaultValue = "auto", converter = NotifyMode.class,
            description = "how DMs and mentions are announced: auto, osc777, osc9, bell or off (default: ${DEFAULT-VALUE})")
    private Notifier.Mode notify;

    @Option(names = "--highlight", paramLabel = "WORD", split = ",",
            description = "words that highlight a message besides your name, comma-separated")
    private List<String> highlight = List.of();

    @Option(names = "--hide-joins", description = "hide join, leave and quit lines (/joins toggles)")
    private boolean hideJoins;

    @Option(names = "--trust-fingerprint", paramLabel = "HEX",
            description = "the server's SHA-256 certificate fingerprint, as the server prints it; pins it ahead of "
                    + "time instead of asking on first use")
    String trustFingerprint;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Optional<Fingerprint> expected;
        try {
            expected = Optional.ofNullable(trustFingerprint).map(Fingerprint::parse);
        } catch (IllegalArgumentException e) {
            System.err.println("--trust-fingerprint: " + e.getMessage());
            return 2;
        }
        KnownHosts knownHosts = KnownHosts.defaultLocation();
        Endpoint endpoint = new Endpoint(host, port);
        Optional<LoginRequest> automatic = Optional.empty();
        if (user != null && passwordFile != null && serverPasswordFile != null) {
            automatic = Optional.of(new LoginRequest(endpoint,
                    new Credentials(user, readSecret(passwordFile), readSecret(serverPasswordFile)), register));
        } else if (user != null && !register
                && StoredSessions.beside(knownHosts.file()).lookup(endpoint, user).isPresent()) {
            automatic = Optional.of(new LoginRequest(endpoint, new Credentials(user, null, null), false));
        }
        Terminal terminal = new Utf8Terminal();
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            TuiApp app = new TuiApp(screen, terminal, Connector.overTls(knownHosts, expected), Clock.systemDefaultZone());
            app.notifyWith(new Notifier(System.out, notify, app::bell));
            app.state().setHighlightWords(highlight);
            app.state().setPresenceLines(!hideJoins);
            app.start(new LoginForm.Defaults(host, port, user, register), automatic);
            app.run();
        } finally {
            screen.stopScreen();
        }
        return 0;
    }

    /** The first line of the file: a trailing newline from an editor or echo is not part of the secret. */
    private static String readSecret(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int newline = content.indexOf('\n');
        String line = newline < 0 ? content : content.substring(0, newline);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
