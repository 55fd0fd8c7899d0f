package org.securechat.bench;

import java.nio.file.Path;

/** A server the bench started for a run and stops after it: securechat, or an IRC server to compare with. */
interface StartedServer extends AutoCloseable {

    ServerTarget target();

    /** Where the server's output went. */
    Path log();

    @Override
    void close() throws InterruptedException;
}
