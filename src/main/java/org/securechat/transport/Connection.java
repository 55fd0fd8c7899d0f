package org.securechat.transport;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;
import org.securechat.chat.Dispatcher;
import org.securechat.chat.Peer;
import org.securechat.chat.Session;
import org.securechat.protocol.EncodedFrame;

/**
 * One TLS connection: lines in to the {@link Dispatcher}, frames out to the socket. Its outbound
 * queue is bounded: a client that reads slower than it is written to is closed, not buffered for.
 */
final class Connection implements Peer, LineSplitter.Lines {
    private static final Logger LOG = Logger.getLogger(Connection.class);

    private final NetSocket socket;
    private final Dispatcher dispatcher;
    private final Executor executor;
    private final String remoteAddress;
    private final LineSplitter splitter;
    private final Session session;
    private volatile boolean closing;

    Connection(NetSocket socket, Context context, Dispatcher dispatcher, int maxFrameBytes, int maxOutboundBytes) {
        this.socket = socket;
        this.dispatcher = dispatcher;
        this.executor = task -> context.runOnContext(ignored -> task.run());
        this.remoteAddress = socket.remoteAddress() == null ? "unknown" : socket.remoteAddress().hostAddress();
        this.splitter = new LineSplitter(maxFrameBytes, this);
        socket.setWriteQueueMaxSize(maxOutboundBytes);
        this.session = dispatcher.open(this);
        socket.handler(splitter::feed);
        socket.closeHandler(ignored -> dispatcher.closed(session));
        socket.exceptionHandler(failure -> LOG.debugf("connection from %s: %s", remoteAddress, failure.getMessage()));
    }

    @Override
    public void line(byte[] bytes, int offset, int length) {
        if (!closing) {
            dispatcher.frame(session, bytes, offset, length);
        }
    }

    @Override
    public void tooLong() {
        if (!closing) {
            dispatcher.frameTooLarge(session);
        }
    }

    @Override
    public void send(EncodedFrame frame) {
        if (closing) {
            return;
        }
        if (socket.writeQueueFull()) {
            // The socket's high-water mark is chat.max-outbound-bytes: past it, this reader is too slow.
            LOG.infof("closing session %d from %s: it reads too slowly to keep up", session.id(), remoteAddress);
            session.close("too slow");
            return;
        }
        socket.write(Buffer.buffer(frame.line()));
    }

    @Override
    public void close() {
        if (!closing) {
            closing = true;
            socket.close();
        }
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public void pauseReading() {
        socket.pause();
    }

    @Override
    public void resumeReading() {
        if (!closing) {
            socket.resume();
        }
    }
}
