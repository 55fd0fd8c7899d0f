package org.securechat.transport.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.NetSocketInternal;
import java.util.ArrayDeque;
import org.securechat.transport.Outbox;

/** The outbox's way onto a TLS socket: a batch is one buffer of lines, each frame followed by {@code \n}. */
final class SocketLink implements Outbox.Link {
    private static final byte NEWLINE = '\n';

    private final NetSocket socket;
    private final Channel channel;

    SocketLink(NetSocket socket) {
        this.socket = socket;
        this.channel = ((NetSocketInternal) socket).channelHandlerContext().channel();
    }

    @Override
    public boolean writeQueueFull() {
        return socket.writeQueueFull();
    }

    /** Sized once, and pooled direct memory, which OpenSSL encrypts from without another copy. */
    @Override
    public void write(ArrayDeque<byte[]> frames, int bytes) {
        ByteBuf joined = channel.alloc().directBuffer(bytes + frames.size());
        for (byte[] frame : frames) {
            joined.writeBytes(frame).writeByte(NEWLINE);
        }
        ((NetSocketInternal) socket).writeMessage(joined);
    }

    @Override
    public void close() {
        socket.close();
    }

    @Override
    public void abort() {
        if (channel.isOpen()) {
            channel.unsafe().close(channel.voidPromise());
        }
    }

    @Override
    public boolean active() {
        return channel.isActive();
    }

    @Override
    public boolean onEventLoop() {
        return channel.eventLoop().inEventLoop();
    }
}
