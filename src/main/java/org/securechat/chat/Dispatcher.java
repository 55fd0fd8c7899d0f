package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securechat.ChatConfig;
import org.securechat.protocol.ErrorCode;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.InboundFrame;
import org.securechat.protocol.ProtocolException;
import org.securechat.protocol.ServerFrames;

/**
 * Where a connection's lines enter the chat: decodes each, checks who may send it, and runs its
 * op from the table, one frame after another per session. Transport-agnostic: it sees only {@link Peer}.
 */
@ApplicationScoped
public class Dispatcher {
    /** Frames a session may have waiting before its connection stops being read. */
    static final int MAX_QUEUED_FRAMES = 64;
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final OpTable table;
    private final FrameCodec codec;
    private final ErrorReplies errors;
    private final Sessions sessions;
    private final RoomMembers roomMembers;
    private final ChatConfig config;
    private final String serverName;

    public Dispatcher(OpTable table, FrameCodec codec, ErrorReplies errors, Sessions sessions, RoomMembers roomMembers,
                      ChatConfig config, @ConfigProperty(name = "quarkus.application.version") String version) {
        this.table = table;
        this.codec = codec;
        this.errors = errors;
        this.sessions = sessions;
        this.roomMembers = roomMembers;
        this.config = config;
        this.serverName = "securechat/" + version;
    }

    /** A new connection: its session, greeted with the welcome frame. */
    public Session open(Peer peer) {
        Session session = new Session(peer, new FloodBucket(config.flood().burst(), config.flood().rate(), System.nanoTime()));
        sessions.connected(session);
        session.send(codec.event(new ServerFrames.Welcome(1, serverName, true)));
        return session;
    }

    /** One line from the session's peer, on the peer's thread. */
    public void frame(Session session, byte[] line, int offset, int length) {
        InboundFrame frame;
        try {
            frame = codec.decode(line, offset, length);
        } catch (ProtocolException refusal) {
            frame = null;
            enqueue(session, () -> {
                errors.fail(session, null, refusal);
                return DONE;
            });
        }
        if (frame != null) {
            InboundFrame decoded = frame;
            enqueue(session, () -> run(session, decoded));
        }
    }

    /** A line over the size cap: refused, and the connection closed. */
    public void frameTooLarge(Session session) {
        errors.fail(session, null, new ProtocolException(ErrorCode.FRAME_TOO_LARGE,
                "a frame is at most " + config.maxFrameBytes() + " bytes"));
        session.close("frame_too_large");
    }

    /** The peer's connection has ended, or is ending, for whatever reason. Idempotent. */
    public void closed(Session session) {
        if (session.closed()) {
            return;
        }
        session.markClosed();
        roomMembers.removeEverywhere(session);
        sessions.closed(session);
    }

    private void enqueue(Session session, Supplier<CompletionStage<?>> work) {
        if (++session.queuedFrames == MAX_QUEUED_FRAMES) {
            session.peer().pauseReading();
        }
        CompletionStage<?> previous = session.gate;
        CompletionStage<?> next = previous.toCompletableFuture().isDone()
                ? work.get()
                : previous.thenComposeAsync(ignored -> work.get(), session.peer().executor());
        if (next.toCompletableFuture().isDone()) {
            release(session);
            session.gate = DONE;
        } else {
            session.gate = next.handleAsync((result, failure) -> {
                release(session);
                return null;
            }, session.peer().executor());
        }
    }

    private static void release(Session session) {
        if (session.queuedFrames-- == MAX_QUEUED_FRAMES) {
            session.peer().resumeReading();
        }
    }

    private CompletionStage<?> run(Session session, InboundFrame frame) {
        try {
            return runOp(session, frame, table.op(frame.op()))
                    .exceptionally(failure -> {
                        errors.fail(session, frame.id(), failure);
                        return null;
                    });
        } catch (RuntimeException failure) {
            errors.fail(session, frame.id(), failure);
            return DONE;
        }
    }

    private <T> CompletionStage<?> runOp(Session session, InboundFrame frame, Op<T> op) {
        if (!session.authenticated() && (op == null || !(op.access() == Op.Access.GUEST || op.access() == Op.Access.ANYONE))) {
            throw new ProtocolException(ErrorCode.AUTH_REQUIRED, "log in or register first");
        }
        if (op == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_OP, "unknown op \"" + frame.op() + "\"");
        }
        if (op.access() == Op.Access.GUEST && session.authenticated()) {
            throw new ProtocolException(ErrorCode.ALREADY_AUTHENTICATED, "this session is already logged in");
        }
        if (op.access() == Op.Access.ADMIN && !session.account().admin()) {
            throw new ProtocolException(ErrorCode.FORBIDDEN, op.name() + " is for admins only");
        }
        return op.handler().handle(session, frame.id(), codec.bind(frame, op.fields()));
    }
}
