package org.securechat.chat;

import java.util.concurrent.Executor;

/** What the chat needs of a connection, whatever carries it. */
public interface Peer {
    /** Queues a frame; never blocks. A peer too slow to keep up is closed by its transport. */
    void send(Outbound frame);

    /** Closes after what was sent so far has been flushed. */
    void close();

    String remoteAddress();

    /** Runs work on the connection's own thread, in order. */
    Executor executor();

    /** Stops reading input until {@link #resumeReading()}: a client cannot queue work without bound. */
    void pauseReading();

    void resumeReading();
}
