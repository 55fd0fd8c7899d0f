package org.securechat.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.support.ServerProcess;

/**
 * Two real clients, each the packaged jar in its own tmux pane, against a real server: what one types appears
 * on the other's screen.
 */
class TwoTerminalsIT {
    private final String socket = "securechat-it-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @AfterEach
    void killTmux() throws Exception {
        run(false, "tmux", "-L", socket, "kill-server");
    }

    @Test
    void aMessageTypedInOneTerminalAppearsInTheOther() throws Exception {
        Path jar = Path.of(System.getProperty("client.jar", "target/securechat-tui.jar"));
        assertTrue(Files.isRegularFile(jar), "the client jar " + jar.toAbsolutePath() + " is missing (mvn package)");
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"))) {
            Path serverPassword = secret("server-password", server.serverPassword());
            startClient(jar, server, "alice", secret("alice", "alice-password"), serverPassword);
            startClient(jar, server, "bob", secret("bob", "bob-password-1"), serverPassword);
            awaitScreen("alice", "online | alice@");
            awaitScreen("bob", "online | bob@");
            awaitScreen("alice", " bob");

            run(true, "tmux", "-L", socket, "send-keys", "-t", "alice", "-l", "hello from alice's terminal 😀 ok");
            run(true, "tmux", "-L", socket, "send-keys", "-t", "alice", "Enter");
            awaitScreen("bob", "<alice> hello from alice's terminal 😀 ok");

            run(true, "tmux", "-L", socket, "send-keys", "-t", "bob", "-l", "/quit");
            run(true, "tmux", "-L", socket, "send-keys", "-t", "bob", "Enter");
            awaitScreen("alice", "Users (1)");
        }
    }

    private Path secret(String name, String value) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private void startClient(Path jar, ServerProcess server, String user, Path passwordFile, Path serverPasswordFile)
            throws Exception {
        String command = String.join(" ", "exec", "java", "-jar", quote(jar.toAbsolutePath().toString()),
                "--host", "localhost", "--port", Integer.toString(server.port()), "--user", user, "--register",
                "--password-file", quote(passwordFile.toString()),
                "--server-password-file", quote(serverPasswordFile.toString()),
                "--trust-fingerprint", server.fingerprint().toString());
        run(true, "tmux", "-L", socket, "new-session", "-d", "-s", user, "-x", "120", "-y", "35",
                "-e", "SECURECHAT_KNOWN_HOSTS=" + dir.resolve("known_hosts-" + user), command);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private void awaitScreen(String session, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = run(true, "tmux", "-L", socket, "capture-pane", "-p", "-t", session);
            if (screen.contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        fail(session + "'s terminal never showed \"" + text + "\":\n" + screen);
    }

    /** Runs a command; tmux missing or failing fails the test with its output. */
    private static String run(boolean mustSucceed, String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        } catch (IOException e) {
            if (mustSucceed) {
                fail("cannot run " + command[0] + " (is tmux installed? .ci/run installs it): " + e.getMessage());
            }
            return "";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (mustSucceed) {
            assertEquals(0, status, String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
