package org.securechat.launcher;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a starting server's output for the lines docs/operations.md ("Startup lines") promises
 * scripts: {@code Server password: <pw>}, then {@code Chat listening on <host>:<port> (TLS,
 * SHA-256 fingerprint <HEX:PAIRS>)}, each a whole line, and after them Quarkus's log line with
 * the HTTP ports. The tests and the bench parse them here and nowhere else.
 */
public final class StartupLines {
    private static final Pattern SERVER_PASSWORD = Pattern.compile("Server password: (.+)");
    private static final Pattern CHAT_LISTENING = Pattern.compile(
            "Chat listening on (\\S+):(\\d+) \\(TLS, SHA-256 fingerprint ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})\\)");
    /** Within Quarkus's "started" log line; the management part only when that interface is on. */
    private static final Pattern HTTP_LISTENING = Pattern.compile(
            "Listening on: https://[^\\s:]+:(\\d+)(?:\\. Management interface listening on http://[^\\s:]+:(\\d+))?");

    private final CompletableFuture<Startup> startup = new CompletableFuture<>();
    private final CompletableFuture<HttpPorts> httpPorts = new CompletableFuture<>();
    private String serverPassword;

    /** The password a {@code Server password:} line gives (the start's, or a regen's). */
    public static Optional<String> serverPassword(String line) {
        Matcher matcher = SERVER_PASSWORD.matcher(line);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The address and fingerprint a {@code Chat listening on ...} line gives, with the password seen before it. */
    public static Optional<Startup> listening(String line, String serverPassword) {
        Matcher chat = CHAT_LISTENING.matcher(line);
        return chat.matches()
                ? Optional.of(new Startup(serverPassword, chat.group(1), Integer.parseInt(chat.group(2)), chat.group(3)))
                : Optional.empty();
    }

    /** The next line of the output, in order. */
    void read(String line) {
        serverPassword(line).ifPresent(password -> serverPassword = password);
        listening(line, serverPassword).ifPresent(listening -> {
            if (serverPassword == null) {
                startup.completeExceptionally(new IllegalStateException("no Server password line came first"));
            } else {
                startup.complete(listening);
            }
        });
        Matcher http = HTTP_LISTENING.matcher(line);
        if (http.find()) {
            httpPorts.complete(new HttpPorts(Integer.parseInt(http.group(1)),
                    http.group(2) == null ? 0 : Integer.parseInt(http.group(2))));
        }
    }

    /** The output has ended: a line not read by now never comes. */
    void ended(String why) {
        startup.completeExceptionally(new IllegalStateException(why));
        httpPorts.completeExceptionally(new IllegalStateException(why));
    }

    CompletableFuture<Startup> startup() {
        return startup;
    }

    CompletableFuture<HttpPorts> httpPorts() {
        return httpPorts;
    }
}
