package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securechat.ChatConfig;

/**
 * Where a connection's requests enter the chat: checks who may send each, and runs its op from the
 * table, one request after another per session. Transport-agnostic: it sees {@link Peer} and
 * {@link Inbound}, never bytes.
 */
@ApplicationScoped
public class Dispatcher {
    /** Requests a session may have waiting before its connection stops being read. */
    static final int MAX_QUEUED_FRAMES = 64;
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final OpTable table;
    private final ErrorReplies errors;
    private final Sessions sessions;
    private final Attendance attendance;
    private final ConnectionLimits connections;
    private final AddressBans addressBans;
    private final Allowances allowances;
    private final SecurityLog securityLog;
    private final ChatConfig config;
    private final Clock clock;
    private final String serverName;

    public Dispatcher(OpTable table, ErrorReplies errors, Sessions sessions, Attendance attendance,
                      ConnectionLimits connections, AddressBans addressBans, Allowances allowances, SecurityLog securityLog,
                      ChatConfig config, Clock clock,
                      @ConfigProperty(name = "quarkus.application.version") String version) {
        this.table = table;
        this.errors = errors;
        this.sessions = sessions;
        this.attendance = attendance;
        this.connections = connections;
        this.addressBans = addressBans;
        this.allowances = allowances;
        this.securityLog = securityLog;
        this.config = config;
        this.clock = clock;
        this.serverName = "securechat/" + version;
    }

    /**
     * A new connection: its session, greeted with the welcome frame; or, from a banned address or
     * past the connection limits, refused and closed at once (the session returned is closed and serves nothing).
     */
    public Session open(Peer peer) {
        Session session = new Session(peer, clock.millis());
        // A banned address is turned away before it takes a connection slot.
        Optional<ChatError> full = addressBans.refusal(peer.remoteAddress()).or(() -> connections.admit(peer.remoteAddress()));
        if (full.isPresent()) {
            securityLog.connectionRefused(peer.remoteAddress(), full.get().getMessage());
            session.markClosed();
            session.send(Outbound.refusal(null, full.get()));
            session.close(null);
            return session;
        }
        sessions.connected(session);
        session.send(Outbound.event(new Event.Welcome(1, serverName, true)));
        return session;
    }

    /** One request from the session's peer, on the peer's thread. */
    public void receive(Session session, Inbound request) {
        if (session.closed()) {
            return;
        }
        session.framed(clock.millis());
        enqueue(session, () -> run(session, request));
    }

    /** A frame that could not be read as a request: refused in its turn; the session stays. */
    public void unreadable(Session session, ChatError refusal) {
        if (session.closed()) {
            return;
        }
        session.framed(clock.millis());
        enqueue(session, () -> {
            errors.fail(session, null, refusal);
            return DONE;
        });
    }

    /** A frame over the size cap: refused, and the connection closed. */
    public void frameTooLarge(Session session) {
        errors.fail(session, null, new ChatError(ChatError.Reason.FRAME_TOO_LARGE,
                "a frame is at most " + config.maxFrameBytes() + " bytes"));
        session.close("frame_too_large");
    }

    /** The peer's connection has ended, or is ending, for whatever reason. Idempotent. */
    public void closed(Session session) {
        attendance.leave(session);
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

    private CompletionStage<?> run(Session session, Inbound request) {
        try {
            return runOp(session, request, table.op(request.op()))
                    .exceptionally(failure -> {
                        errors.fail(session, request.id(), failure);
                        return null;
                    });
        } catch (RuntimeException failure) {
            errors.fail(session, request.id(), failure);
            return DONE;
        }
    }

    private <T> CompletionStage<?> runOp(Session session, Inbound request, Op<T> op) {
        if (session.settingUpSecondFactor()) {
            TotpSetupOnly.admit(op); // one of four ops, none of which the checks below refuse
        } else if (!session.authenticated() && (op == null || !(op.access() == Op.Access.GUEST || op.access() == Op.Access.ANYONE))) {
            throw new ChatError(ChatError.Reason.AUTH_REQUIRED, "log in or register first");
        }
        if (op == null) {
            throw new ChatError(ChatError.Reason.UNKNOWN_OP, "unknown op \"" + request.op() + "\"");
        }
        if (op.access() == Op.Access.GUEST && session.authenticated()) {
            throw new ChatError(ChatError.Reason.ALREADY_AUTHENTICATED, "this session is already logged in");
        }
        if (op.access() == Op.Access.ADMIN && !session.account().admin()) {
            throw new ChatError(ChatError.Reason.FORBIDDEN, op.name() + " is for admins only");
        }
        allowances.spend(session, op.budget());
        return op.handler().handle(session, request.id(), request.fields(op.fields()));
    }
}
