package org.securechat.transport.tcp;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.parsetools.RecordParser;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.securechat.chat.Outbound;
import org.securechat.chat.Peer;
import org.securechat.chat.Session;
import org.securechat.protocol.FrameCodec;
import org.securechat.transport.FrameIntake;
import org.securechat.transport.Outbox;

/**
 * One TLS connection: lines in, each frame ending in {@code \n} ({@code \r\n} accepted) and at most
 * {@code chat.max-frame-bytes} long; frames out through the {@link Outbox}, a newline after each.
 */
final class TcpConnection implements Peer {
    private static final Logger LOG = Logger.getLogger(TcpConnection.class);

    private final Executor executor;
    private final String remoteAddress;
    /** Made once: a method reference per send would be an allocation per delivery. */
    private final Function<Outbound, byte[]> encoder;
    private final FrameIntake intake;
    private final int maxFrameBytes;
    private final RecordParser lines;
    private final Outbox outbox;
    private final Session session;

    TcpConnection(NetSocket socket, Context context, Executor loop, FrameIntake intake, FrameCodec codec,
                  int maxFrameBytes, int maxOutboundBytes) {
        this.executor = loop;
        this.remoteAddress = socket.remoteAddress() == null ? "unknown" : socket.remoteAddress().hostAddress();
        this.encoder = codec::encode;
        this.intake = intake;
        this.maxFrameBytes = maxFrameBytes;
        socket.setWriteQueueMaxSize(maxOutboundBytes);
        this.outbox = new Outbox(context, new SocketLink(socket), this::tooSlow);
        this.session = intake.open(this);
        // One byte of slack: the \r of a \r\n is not part of the frame.
        this.lines = RecordParser.newDelimited("\n", socket).maxRecordSize(maxFrameBytes + 1);
        lines.exceptionHandler(this::failed);
        lines.handler(this::line);
        socket.closeHandler(ignored -> intake.closed(session));
    }

    private void line(Buffer record) {
        if (outbox.closeRequested()) {
            return;
        }
        int length = record.length();
        if (length > 0 && record.getByte(length - 1) == '\r') {
            length--;
        }
        // The parser caps only a line still unfinished at the end of a read; a whole one can be longer.
        if (length > maxFrameBytes) {
            tooLarge();
            return;
        }
        intake.frame(session, record.getBytes(), 0, length);
    }

    private void failed(Throwable failure) {
        if (failure instanceof IllegalStateException && !outbox.closeRequested()) {
            tooLarge(); // the parser's "record too long"
        } else {
            LOG.debugf("connection from %s: %s", remoteAddress, failure.getMessage());
        }
    }

    /** Refused and closed; nothing more is read, so the parser holds no more of the line. */
    private void tooLarge() {
        lines.pause();
        intake.tooLarge(session);
    }

    private void tooSlow() {
        // The socket's high-water mark is chat.max-outbound-bytes: past it, this reader is too slow.
        LOG.infof("closing session %d from %s: it reads too slowly to keep up", session.id(), remoteAddress);
        session.close("too slow");
        intake.closed(session);
    }

    @Override
    public void send(Outbound frame) {
        outbox.add(frame.encoded(encoder));
    }

    @Override
    public void close() {
        outbox.close();
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
        lines.pause();
    }

    @Override
    public void resumeReading() {
        if (!outbox.closeRequested()) {
            lines.resume();
        }
    }
}
