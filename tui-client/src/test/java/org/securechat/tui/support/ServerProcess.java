package org.securechat.tui.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.trust.Fingerprint;

/**
 * The real server, started from its packaged jar (system property {@code server.jar}) on free ports with a fresh
 * data directory, secrets only in its environment. Its startup lines give the port, password and fingerprint.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern PASSWORD = Pattern.compile("Server password: (\\S+)");
    private static final Pattern LISTENING =
            Pattern.compile("Chat listening on (\\S+):(\\d+) \\(TLS, SHA-256 fingerprint ([0-9A-Fa-f:]+)\\)");
    private static final Duration STARTUP = Duration.ofSeconds(90);

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-1";

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Path dataDir;
    private String serverPassword;
    private int port;
    private Fingerprint fingerprint;

    private ServerProcess(Path dataDir, Map<String, String> extraEnv) throws IOException {
        this.dataDir = dataDir;
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar().toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CHAT_PORT", "0");
        env.put("QUARKUS_HTTP_PORT", "0");
        env.put("QUARKUS_MANAGEMENT_PORT", "0");
        env.put("CHAT_DATA_DIR", dataDir.toString());
        env.put("CHAT_BOOTSTRAP_ADMIN_USER", ADMIN);
        env.put("CHAT_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(extraEnv);
        process = builder.start();
        Thread pump = new Thread(this::readOutput, "server-output");
        pump.setDaemon(true);
        pump.start();
        awaitStartup();
    }

    /** The packaged server; a missing jar fails the test (it must not silently skip). */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("server.jar", "../target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("The server jar " + jar.toAbsolutePath() + " is missing. Build the server first "
                    + "(./mvnw -B package -DskipTests in the repository root) or pass -Dserver.jar=PATH.");
        }
        return jar;
    }

    private static ServerProcess shared;

    /**
     * One server for all the tests that neither stop nor crash it, so the run pays for one startup, not one per
     * class. Its data lives under target/ and it gets SIGTERM when the test JVM exits.
     */
    public static synchronized ServerProcess shared() throws IOException {
        if (shared == null) {
            Path data = Path.of("target", "shared-server-" + ProcessHandle.current().pid()).toAbsolutePath();
            shared = start(data, Map.of("CHAT_FLOOD_RATE", "0"));
            ServerProcess server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return shared;
    }

    public static ServerProcess start(Path dataDir) throws IOException {
        return new ServerProcess(dataDir, Map.of());
    }

    public static ServerProcess start(Path dataDir, Map<String, String> env) throws IOException {
        return new ServerProcess(dataDir, env);
    }

    /** Starts the server again on the same port and data directory (same certificate). */
    public ServerProcess restart(Map<String, String> env) throws IOException {
        Map<String, String> again = new HashMap<>(env);
        again.put("CHAT_PORT", Integer.toString(port));
        return new ServerProcess(dataDir, again);
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                parse(line);
            }
        } catch (IOException ignored) {
            // the process ended; output so far is kept
        }
    }

    private synchronized void parse(String line) {
        Matcher password = PASSWORD.matcher(line);
        if (password.find()) {
            serverPassword = password.group(1);
        }
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
            port = Integer.parseInt(listening.group(2));
            fingerprint = Fingerprint.parse(listening.group(3));
            notifyAll();
        }
    }

    private synchronized void awaitStartup() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (fingerprint == null || serverPassword == null) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0 || !process.isAlive()) {
                process.destroyForcibly();
                fail("the server did not print its startup lines:\n" + String.join("\n", output));
            }
            try {
                wait(Math.min(left, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for the server");
            }
        }
    }

    public Endpoint endpoint() {
        return new Endpoint("localhost", port);
    }

    public int port() {
        return port;
    }

    public String serverPassword() {
        return serverPassword;
    }

    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** Waits for the process to end by itself (after an admin stop); returns its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the server did not exit within " + timeout);
        }
        return process.exitValue();
    }

    /** Ends the process abruptly, as a crash or a pulled cable would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful way. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
