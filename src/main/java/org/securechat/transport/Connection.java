package org.securechat.transport;

import io.vertx.core.Context;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.NetSocketInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final Queue<EncodedFrame> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    /** Lines being joined into one write; used on the event loop only. */
    private final List<byte[]> batch = new ArrayList<>();
    private volatile boolean closeRequested;

    Connection(NetSocket socket, Context context, Executor loop, Dispatcher dispatcher, int maxFrameBytes,
               int maxOutboundBytes) {
        this.socket = socket;
        this.context = context;
        this.dispatcher = dispatcher;
        this.executor = loop;
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
     * so a burst of messages costs one write, one flush and few TLS records, not one each.
     */
    @Override
    public void send(EncodedFrame frame) {
        if (closeRequested) {
            return;
        }
        outbox.add(frame);
        if (flushScheduled.compareAndSet(false, true)) {
            context.runOnContext(ignored -> flush());
        }
    }

    private void flush() {
        flushScheduled.set(false);
        if (socket.writeQueueFull()) {
            outbox.clear();
            if (channel().isActive()) {
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
        EncodedFrame next = outbox.poll();
        if (next == null) {
            return;
        }
        int bytes = 0;
        do {
            batch.add(next.line());
            bytes += next.line().length;
        } while ((next = outbox.poll()) != null);
        // Sized once, and pooled direct memory, which OpenSSL encrypts from without another copy.
        ByteBuf joined = channel().alloc().directBuffer(bytes);
        for (byte[] line : batch) {
            joined.writeBytes(line);
        }
        batch.clear();
        ((NetSocketInternal) socket).writeMessage(joined);
    }

    /** Closes after writing what was queued before. */
    @Override
    public void close() {
        if (!closeRequested) {
            closeRequested = true;
            context.runOnContext(ignored -> {
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
        Channel channel = channel();
        if (channel.isOpen()) {
            channel.unsafe().close(channel.voidPromise());
        }
    }

    private Channel channel() {
        return ((NetSocketInternal) socket).channelHandlerContext().channel();
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
