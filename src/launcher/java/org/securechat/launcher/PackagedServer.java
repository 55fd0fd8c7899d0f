package org.securechat.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The packaged server (quarkus-run.jar) run as a child process, as an operator runs it: every line
 * it prints kept for assertions and failure messages, its startup lines read as they come. The one
 * way the server's ITs, the client's tests and the bench start it; each may add what its own
 * programs need (a protocol client, an endpoint) in a subclass.
 */
public class PackagedServer extends ChildProcess {
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final StartupLines startupLines = new StartupLines();
    private final Thread reader;

    protected PackagedServer(ServerLaunch launch) throws IOException {
        super(launch.processBuilder());
        Consumer<String> copy = launch.copyOutput();
        reader = new Thread(() -> readOutput(copy), "server-output-" + pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server; {@link #awaitStartup()} waits until it listens. */
    public static PackagedServer start(ServerLaunch launch) throws IOException {
        return new PackagedServer(launch);
    }

    /** Drains the pipe (a full one would block the server) and reads each line as it comes. */
    private void readOutput(Consumer<String> copy) {
        try (BufferedReader in = process().inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                copy.accept(line);
                startupLines.read(line);
            }
        } catch (IOException e) {
            // the pipe closed: the process has ended
        }
        startupLines.ended(exitStatus() + "; it printed:\n" + output());
    }

    private String exitStatus() {
        try {
            return "the server exited with status " + process().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the server closed its output";
        }
    }

    /**
     * Waits for the startup lines. A server that exits first, or prints nothing like them for 90 s,
     * fails the call with what it printed; a silent one is killed.
     */
    public Startup awaitStartup() throws InterruptedException {
        return await(startupLines.startup(), "its startup lines");
    }

    /** What the startup lines said; after {@link #awaitStartup()}. */
    public Startup startup() {
        Startup startup = startupLines.startup().getNow(null);
        if (startup == null) {
            throw new IllegalStateException("the server has not printed its startup lines (awaitStartup first)");
        }
        return startup;
    }

    public String serverPassword() {
        return startup().serverPassword();
    }

    public int port() {
        return startup().port();
    }

    /** The HTTP ports, from Quarkus's line, which comes after the startup lines. */
    public HttpPorts httpPorts() throws InterruptedException {
        return await(startupLines.httpPorts(), "the HTTP ports");
    }

    private <T> T await(CompletableFuture<T> line, String what) throws InterruptedException {
        try {
            return line.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            kill();
            throw new IllegalStateException("the server did not print " + what + " within " + STARTUP.toSeconds()
                    + " s:\n" + output());
        }
    }

    /** Everything the server printed so far, standard output and error, one line per line. */
    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Its last lines are read by the time the exit status is known. */
    @Override
    protected void exited() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }

    @Override
    protected String details() {
        return ":\n" + output();
    }
}
