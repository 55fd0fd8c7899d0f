package org.securechat.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A server this JVM runs as its child. It is stopped when this JVM ends too: a test run or a
 * benchmark cut short (Ctrl+C, a failed assertion) must not leave a server behind, holding a core
 * and its ports.
 */
public class ChildProcess implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final Thread stopOnExit;

    protected ChildProcess(ProcessBuilder builder) throws IOException {
        process = builder.start();
        stopOnExit = new Thread(process::destroy, "stop-" + process.pid() + "-on-exit");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        process.onExit().thenRun(this::forgetStopOnExit);
    }

    public static ChildProcess start(ProcessBuilder builder) throws IOException {
        return new ChildProcess(builder);
    }

    private void forgetStopOnExit() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway, on a process that has ended
        }
    }

    /** The process itself, for what this class does not offer (its liveness, say). */
    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** Writes the text to the process's standard input and closes it, as a script pipes a password in. */
    public void input(String text) throws IOException {
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** SIGTERM, a graceful stop; SIGKILL if it takes longer than 30 s. Returns the exit status. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        exited();
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook of the server runs, as in a crash or a pulled plug. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        exited();
    }

    /** Waits for the process to end by itself (after an admin stop, or a one-shot command); returns its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the process did not exit within " + timeout.toSeconds() + " s" + details());
        }
        exited();
        return process.exitValue();
    }

    /** Called once the process has ended, before its exit status is handed out. */
    protected void exited() throws InterruptedException {
    }

    /** What a failure message adds about this process. */
    protected String details() {
        return "";
    }

    /** Stops the process if it still runs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
