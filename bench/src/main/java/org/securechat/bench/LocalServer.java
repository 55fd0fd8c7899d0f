package org.securechat.bench;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the packaged server as a child process the way a benchmark needs it: the data directory
 * of a {@link ServerWorkDir}, every port free (0), flood control off, and the password, port and
 * fingerprint learnt from its startup lines. Its output is appended to the work directory's log
 * (without the password line). Closing the started server stops it; the work directory is the caller's.
 */
final class LocalServer {

    private static final Pattern PASSWORD_LINE = Pattern.compile("^Server password: (\\S+)\\s*$");
    private static final Pattern LISTENING_LINE = Pattern.compile(
            "Chat listening on (\\S+):(\\d+) \\(TLS, SHA-256 fingerprint ([0-9A-Fa-f:]+)\\)");
    private static final long STARTUP_TIMEOUT_SECONDS = 90;

    private LocalServer() {
    }

    /** Starts the server in {@code workDir}; {@code settings} are further environment variables (CHAT_...). */
    static StartedServer start(Path serverJar, List<String> jvmOptions, Map<String, String> settings, ServerWorkDir workDir)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(serverJar)) {
            throw new IllegalStateException("server jar not found: " + serverJar.toAbsolutePath()
                    + " (build it with ./mvnw package in the repository root, or pass --server-jar)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(serverJar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.path().toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CHAT_HOST", "127.0.0.1");
        env.put("CHAT_PORT", "0");
        env.put("QUARKUS_HTTP_PORT", "0");
        env.put("QUARKUS_MANAGEMENT_PORT", "0");
        env.put("CHAT_DATA_DIR", workDir.data().toString());
        env.put("CHAT_FLOOD_RATE", "0");
        env.putAll(settings);
        long started = System.nanoTime();
        ChildProcess child = ChildProcess.start(builder);
        Process process = child.process();
        CompletableFuture<String> password = new CompletableFuture<>();
        CompletableFuture<Matcher> listening = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(process, workDir.log(), password, listening),
                "server-output");
        pump.setDaemon(true);
        pump.start();
        try {
            Matcher listen = listening.get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            double startupSeconds = (System.nanoTime() - started) / 1e9;
            String host = listen.group(1).equals("0.0.0.0") ? "127.0.0.1" : listen.group(1);
            ServerTarget target = new ServerTarget(host, Integer.parseInt(listen.group(2)),
                    listen.group(3), password.getNow(null), process.pid(), startupSeconds);
            return new StartedServer(child, workDir, target);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            child.kill();
            throw new IllegalStateException("the server did not print its listening line within "
                    + STARTUP_TIMEOUT_SECONDS + " s; its output is in " + workDir.log(), e);
        }
    }

    /** Copies the server's output to a log file (the pipe must be drained) and spots the two startup lines. */
    private static void pumpOutput(Process process, Path log, CompletableFuture<String> password,
                                   CompletableFuture<Matcher> listening) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, CREATE, APPEND), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher pw = PASSWORD_LINE.matcher(line);
                if (pw.find()) {
                    password.complete(pw.group(1));
                    out.println("Server password: (hidden by the load generator)");
                    continue;
                }
                out.println(line);
                Matcher listen = LISTENING_LINE.matcher(line);
                if (listen.find()) {
                    listening.complete(listen);
                }
            }
            listening.completeExceptionally(new IOException("the server exited with status " + process.waitFor()));
        } catch (IOException | InterruptedException e) {
            listening.completeExceptionally(e);
        }
    }
}
