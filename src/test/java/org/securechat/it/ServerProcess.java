package org.securechat.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securechat.protocol.WireClient;

/**
 * The packaged server run as a child process, as an operator runs it: its two startup lines
 * parsed, its output kept for assertions, stopped with SIGTERM or killed with SIGKILL.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING =
            Pattern.compile("Chat listening on (\\S+):(\\d+) \\(TLS, SHA-256 fingerprint ([0-9A-F:]+)\\)");
    private static final String PASSWORD_PREFIX = "Server password: ";
    private static final Pattern HTTP_LISTENING = Pattern.compile(
            "Listening on: http://[^\\s:]+:(\\d+)(?:\\. Management interface listening on http://[^\\s:]+:(\\d+))?");

    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<HttpPorts> httpPorts = new CompletableFuture<>();
    private final Thread reader;
    private volatile String serverPassword;
    private volatile int port;
    private volatile String fingerprint;

    private ServerProcess(Process process) {
        this.process = process;
        reader = new Thread(this::readOutput, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server on the data dir with extra environment (secrets go here, never argv). */
    public static ServerProcess start(Path dataDir, Map<String, String> env, String... args) throws Exception {
        String jar = System.getProperty("server.jar", "target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException("the packaged server " + jar + " is missing: run ./mvnw package first");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.putAll(Map.of("CHAT_PORT", "0", "QUARKUS_HTTP_PORT", "0", "QUARKUS_MANAGEMENT_PORT", "0",
                "CHAT_DATA_DIR", dataDir.toString()));
        environment.putAll(env);
        ServerProcess server = new ServerProcess(builder.start());
        boolean serves = (args.length == 0 || args[0].equals("serve")) && !List.of(args).contains("--help");
        if (serves) {
            server.awaitReady();
        }
        return server;
    }

    public static ServerProcess start(Path dataDir) throws Exception {
        return start(dataDir, new HashMap<>());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                if (line.startsWith(PASSWORD_PREFIX)) {
                    serverPassword = line.substring(PASSWORD_PREFIX.length());
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port = Integer.parseInt(listening.group(2));
                    fingerprint = listening.group(3);
                    ready.complete(null);
                }
                Matcher http = HTTP_LISTENING.matcher(line);
                if (http.find()) {
                    httpPorts.complete(new HttpPorts(Integer.parseInt(http.group(1)),
                            http.group(2) == null ? 0 : Integer.parseInt(http.group(2))));
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            ready.completeExceptionally(new IllegalStateException("server exited before listening:\n" + output()));
            httpPorts.completeExceptionally(new IllegalStateException("no HTTP listener:\n" + output()));
        }
    }

    private void awaitReady() throws Exception {
        ready.get(60, TimeUnit.SECONDS);
    }

    /** A protocol client pinned to the fingerprint this server printed. */
    public WireClient connect() {
        return WireClient.pinned(port, fingerprint);
    }

    public String serverPassword() {
        return serverPassword;
    }

    public int port() {
        return port;
    }

    /** The REST API's port and the management port (0 when off), from Quarkus's line printed after the chat's. */
    public HttpPorts httpPorts() throws Exception {
        return httpPorts.get(60, TimeUnit.SECONDS);
    }

    public record HttpPorts(int api, int management) {
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Writes the text to the process's standard input and closes it, as a script pipes a password in. */
    public void input(String text) throws IOException {
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, then the exit status. */
    public int terminate() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    /** SIGKILL: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server did not exit:\n" + output());
        }
        reader.join(10_000); // so output() holds the last lines
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
