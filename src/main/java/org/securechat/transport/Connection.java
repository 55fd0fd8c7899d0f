package org.securechat.transport;

import io.vertx.core.Context;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.NetSocketInternal;
import java.util.ArrayDeque;
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
    private static final long CLOSE_GRACE_MILLIS = 5_000;

    private final NetSocket socket;
    private final Dispatcher dispatcher;
    private final Context context;
    private final Executor executor;
    private final String remoteAddress;
    private final LineSplitter splitter;
    private final Session session;
    private final Channel channel;
    /** Frames for this turn's write, and whether that write is scheduled: on the event loop only. */
    private final ArrayDeque<EncodedFrame> outbox = new ArrayDeque<>();
    private boolean flushScheduled;
    /** Set by the close task on the event loop: frames queued there after it are dropped. */
    private boolean closing;
    private volatile boolean closeRequested;

    Connection(NetSocket socket, Context context, Executor loop, Dispatcher dispatcher, int maxFrameBytes,
               int maxOutboundBytes) {
        this.socket = socket;
        this.context = context;
        this.dispatcher = dispatcher;
        this.executor = loop;
        this.channel = ((NetSocketInternal) socket).channelHandlerContext().channel();
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
        if (!closeRequested) {
            dispatcher.frame(session, bytes, offset, length);
        }
    }

    @Override
    public void tooLong() {
        if (!closeRequested) {
            dispatcher.frameTooLarge(session);
        }
    }

    /**
     * Queues the frame; one task per event-loop turn writes everything queued as a single buffer,
     * so a burst of messages costs one write, one flush and few TLS records, not one each. Room
     * deliveries already run on the connection's event loop, so the queue is a plain one; a frame
     * from another thread travels there as a task, which keeps that thread's frames in order.
     */
    @Override
    public void send(EncodedFrame frame) {
        if (closeRequested) {
            return;
        }
        if (channel.eventLoop().inEventLoop()) {
            enqueue(frame);
        } else {
            context.runOnContext(ignored -> enqueue(frame));
        }
    }

    private void enqueue(EncodedFrame frame) {
        if (closing) {
            return; // not closeRequested: a frame sent before close() from another thread reaches here
                    // ahead of the close task and must still go out
        }
        outbox.add(frame);
        if (!flushScheduled) {
            flushScheduled = true;
            context.runOnContext(ignored -> flush());
        }
    }

    private void flush() {
        flushScheduled = false;
        if (socket.writeQueueFull()) {
            outbox.clear();
            if (channel.isActive()) {
                // The socket's high-water mark is chat.max-outbound-bytes: past it, this reader is too slow.
                LOG.infof("closing session %d from %s: it reads too slowly to keep up", session.id(), remoteAddress);
                session.close("too slow");
                dispatcher.closed(session);
                abort();
            }
            return;
        }
        writeOutbox();
    }

    private void writeOutbox() {
        if (outbox.isEmpty()) {
            return;
        }
        int bytes = 0;
        for (EncodedFrame frame : outbox) {
            bytes += frame.line().length;
        }
        // Sized once, and pooled direct memory, which OpenSSL encrypts from without another copy.
        ByteBuf joined = channel.alloc().directBuffer(bytes);
        EncodedFrame next;
        while ((next = outbox.poll()) != null) {
            joined.writeBytes(next.line());
        }
        ((NetSocketInternal) socket).writeMessage(joined);
    }

    /** Closes after writing what was queued before. */
    @Override
    public void close() {
        if (!closeRequested) {
            closeRequested = true;
            context.runOnContext(ignored -> {
                closing = true;
                writeOutbox();
                socket.close();
                // A graceful close waits for the peer to read what is queued; a peer that never
                // reads would hold the connection open forever.
                context.owner().setTimer(CLOSE_GRACE_MILLIS, timer -> abort());
            });
        }
    }

    /** Drops the connection now, queued output and all. */
    private void abort() {
        if (channel.isOpen()) {
            channel.unsafe().close(channel.voidPromise());
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
        if (!closeRequested) {
            socket.resume();
        }
    }
}
