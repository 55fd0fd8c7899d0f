package org.securechat.transport;

import jakarta.enterprise.context.ApplicationScoped;
import org.securechat.chat.ChatError;
import org.securechat.chat.Dispatcher;
import org.securechat.chat.Inbound;
import org.securechat.chat.Peer;
import org.securechat.chat.Session;
import org.securechat.protocol.FrameCodec;

/**
 * Where every transport hands its connections to the chat: opened, each frame decoded once (an
 * unreadable one refused in its turn), closed.
 */
@ApplicationScoped
public class FrameIntake {
    private final FrameCodec codec;
    private final Dispatcher dispatcher;

    public FrameIntake(FrameCodec codec, Dispatcher dispatcher) {
        this.codec = codec;
        this.dispatcher = dispatcher;
    }

    /** A new connection's session, greeted. */
    public Session open(Peer peer) {
        return dispatcher.open(peer);
    }

    /** One frame's bytes, without the transport's framing. */
    public void frame(Session session, byte[] bytes, int offset, int length) {
        Inbound request;
        try {
            request = codec.decode(bytes, offset, length);
        } catch (ChatError unreadable) {
            dispatcher.unreadable(session, unreadable);
            return;
        }
        dispatcher.receive(session, request);
    }

    /** A frame over the size cap: refused, and the connection closed. */
    public void tooLarge(Session session) {
        dispatcher.frameTooLarge(session);
    }

    /** The connection has ended. */
    public void closed(Session session) {
        dispatcher.closed(session);
    }
}
