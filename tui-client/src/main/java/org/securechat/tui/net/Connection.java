package org.securechat.tui.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocket;
import org.securechat.tui.protocol.ServerError;

/**
 * One TLS connection to the server: writes frames with ids, matches replies to them, and hands every other
 * frame (events) to a listener on its own reader thread.
 */
public final class Connection implements Outbox, AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int WELCOME_TIMEOUT_MS = 15_000;

    private final SSLSocket socket;
    private final OutputStream out;
    private final LineReader in;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();

    private Connection(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new LineReader(new BufferedInputStream(socket.getInputStream()));
        socket.setSoTimeout(WELCOME_TIMEOUT_MS);
        String first = in.readLine();
        if (first == null) {
            throw new IOException("the server closed the connection before its welcome");
        }
        if (!"welcome".equals(Frames.JSON.readTree(first).path("type").asText())) {
            throw new IOException("the server did not start with a welcome frame");
        }
        socket.setSoTimeout(0);
    }

    /**
     * Connects, completes the TLS handshake (pinning the server), reads the welcome frame, and starts reading:
     * replies complete their requests, everything else goes to events on the reader thread.
     */
    public static Connection open(Endpoint endpoint, TrustSettings trust, Consumer<JsonNode> events)
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
            Connection connection = new Connection(socket);
            connection.startReading(events);
            return connection;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void startReading(Consumer<JsonNode> events) {
        Thread reader = new Thread(() -> readLoop(events), "securechat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Completes (with the cause, or null for a clean close) when the connection ends. */
    public CompletableFuture<Throwable> closed() {
        return closed;
    }

    private void readLoop(Consumer<JsonNode> events) {
        Throwable cause = null;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    dispatch(Frames.JSON.readTree(line), events);
                }
            }
        } catch (IOException | RuntimeException e) {
            cause = e;
        } finally {
            IOException gone = new IOException("connection closed");
            pending.values().forEach(future -> future.completeExceptionally(gone));
            pending.clear();
            close();
            closed.complete(cause);
        }
    }

    private void dispatch(JsonNode frame, Consumer<JsonNode> events) {
        JsonNode id = frame.get("id");
        CompletableFuture<JsonNode> waiting = id != null && id.canConvertToLong() ? pending.remove(id.asLong()) : null;
        if (waiting == null) {
            events.accept(frame);
        } else if ("error".equals(frame.path("type").asText())) {
            waiting.completeExceptionally(ServerError.from(frame));
        } else {
            waiting.complete(frame);
        }
    }

    @Override
    public CompletableFuture<JsonNode> request(ObjectNode frame) {
        long id = nextId.getAndIncrement();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            byte[] bytes = Frames.JSON.writeValueAsBytes(frame.put("id", id));
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
