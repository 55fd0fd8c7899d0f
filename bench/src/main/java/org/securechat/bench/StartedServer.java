package org.securechat.bench;

import java.nio.file.Path;
import org.securechat.launcher.ChildProcess;

/** A server the bench started for a run and stops after it: securechat, or an IRC server to compare with. */
record StartedServer(ChildProcess child, ServerWorkDir workDir, ServerTarget target) implements AutoCloseable {

    /** Where the server's output went. */
    Path log() {
        return workDir.log();
    }

    /** SIGTERM, a graceful stop; the work directory stays, for a restart on the same data. */
    @Override
    public void close() throws InterruptedException {
        child.stop();
    }
}
