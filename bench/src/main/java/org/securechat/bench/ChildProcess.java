package org.securechat.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A server the generator runs as its child. It is stopped when the generator is interrupted too:
 * Ctrl+C on a long run must not leave a server behind, holding a core and its ports.
 */
final class ChildProcess {

    private final Process process;
    private final Thread stopOnExit;

    private ChildProcess(Process process) {
        this.process = process;
        this.stopOnExit = new Thread(process::destroy, "stop-" + process.pid() + "-on-exit");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static ChildProcess start(ProcessBuilder builder) throws IOException {
        return new ChildProcess(builder.start());
    }

    Process process() {
        return process;
    }

    /** SIGTERM, a graceful stop; SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }

    /** SIGKILL: a server that did not come up. */
    void kill() {
        process.destroyForcibly();
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
}
