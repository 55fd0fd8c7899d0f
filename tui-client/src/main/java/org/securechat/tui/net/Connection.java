package org.securechat.tui.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocket;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;

/**
 * One connection to the server: writes frames with ids, matches replies to them, and hands every other frame
 * (events) to a listener on its own reader thread.
 */
public final class Connection implements Outbox, AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int WELCOME_TIMEOUT_MS = 15_000;

    private final Socket socket;
    private final OutputStream out;
    private final LineReader in;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, Pending<?>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();

    private Connection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new LineReader(new BufferedInputStream(socket.getInputStream()));
        socket.setSoTimeout(WELCOME_TIMEOUT_MS);
        String first = in.readLine();
        if (first == null) {
            throw new IOException("the server closed the connection before its welcome");
        }
        if (!isWelcome(first)) {
            throw new IOException("the server did not start with a welcome frame");
        }
        socket.setSoTimeout(0);
    }

    private static boolean isWelcome(String line) throws IOException {
        try {
            return ServerLine.parse(line).event().orElse(null) instanceof Event.Welcome;
        } catch (MalformedFrameException e) {
            throw new IOException("the server's welcome is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Connects, completes the TLS handshake (pinning the server), reads the welcome frame, and starts reading:
     * replies complete their requests, everything else goes to events on the reader thread.
     */
    public static Connection open(Endpoint endpoint, TrustSettings trust, Consumer<Event> events)
            throws IOException {
        SSLSocket socket;
        try {
            socket = (SSLSocket) trust.sslContextFor(endpoint).getSocketFactory().createSocket();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS", e);
        }
        try {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), CONNECT_TIMEOUT_MS);
            socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            socket.startHandshake();
            return over(socket, events);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Frames over a socket that is already connected (and secured): reads the welcome, then starts reading. */
    static Connection over(Socket socket, Consumer<Event> events) throws IOException {
        Connection connection = new Connection(socket);
        Thread reader = new Thread(() -> connection.readLoop(events), "securechat-reader");
        reader.setDaemon(true);
        reader.start();
        return connection;
    }

    /** Completes (with the cause, or null for a clean close) when the connection ends. */
    public CompletableFuture<Throwable> closed() {
        return closed;
    }

    private void readLoop(Consumer<Event> events) {
        Throwable cause = null;
        try {
            String line;
            while ((line = next()) != null) {
                if (!line.isBlank()) {
                    dispatch(ServerLine.parse(line), events);
                }
            }
        } catch (IOException | RuntimeException e) {
            cause = e;
        } finally {
            IOException gone = new IOException("connection closed");
            pending.values().forEach(waiting -> waiting.reply().completeExceptionally(gone));
            pending.clear();
            close();
            closed.complete(cause);
        }
    }

    /** The next line; one too long to read fails the request it answers (an event so long is dropped). */
    private String next() throws IOException {
        while (true) {
            try {
                return in.readLine();
            } catch (OversizedLineException tooLong) {
                Long id = ServerLine.idNear(tooLong.start());
                Pending<?> waiting = id == null ? null : pending.remove(id);
                if (waiting != null) {
                    waiting.reply().completeExceptionally(new MalformedFrameException(
                            "the server's reply was longer than " + LineReader.MAX_LINE_BYTES + " bytes"));
                }
            }
        }
    }

    /** A frame this client cannot read is dropped like one it does not know, so one bad frame costs no session. */
    private void dispatch(ServerLine frame, Consumer<Event> events) {
        Long id = frame.id();
        Pending<?> waiting = id == null ? null : pending.remove(id);
        if (waiting != null) {
            waiting.answer(frame);
            return;
        }
        Optional<Event> event;
        try {
            event = frame.event();
        } catch (MalformedFrameException e) {
            return;
        }
        event.ifPresent(events);
    }

    /** A request waiting for the reply with its id. */
    private record Pending<R extends Reply>(Request<R> request, CompletableFuture<R> reply) {
        void answer(ServerLine frame) {
            try {
                reply.complete(frame.replyTo(request));
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
            }
        }
    }

    @Override
    public <R extends Reply> CompletableFuture<R> request(Request<R> request) {
        long id = nextId.getAndIncrement();
        CompletableFuture<R> reply = new CompletableFuture<>();
        pending.put(id, new Pending<>(request, reply));
        try {
            byte[] bytes = ClientOps.encode(request, id);
            synchronized (out) {
                out.write(bytes);
                out.write('\n');
                out.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            reply.completeExceptionally(e);
        }
        return reply;
    }

    public boolean isOpen() {
        return !closed.isDone() && !socket.isClosed();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort; the reader thread reports the end either way
        }
    }
}
