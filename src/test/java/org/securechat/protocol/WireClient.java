package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * A chat client that knows only PROTOCOL.md: TLS to the listener, one JSON object per line. A
 * reader thread queues every frame the server sends; frames read while the test waits for
 * something else are kept, in order, for later waits.
 */
public final class WireClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();
    /** Queued by the reader when the server has closed the connection. */
    private static final JsonNode END = MissingNode.getInstance();

    private final SSLSocket socket;
    private final OutputStream out;
    private final RecordingTrustManager trust;
    private final Supplier<String> serverPassword;
    private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
    private final List<JsonNode> kept = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final JsonNode welcome;
    private volatile boolean reading = true;
    private boolean ended;
    private String user;

    private WireClient(SSLSocket socket, RecordingTrustManager trust, Supplier<String> serverPassword,
                       boolean greeted) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.trust = trust;
        this.serverPassword = serverPassword;
        Thread reader = new Thread(this::readLines, "wire-reader");
        reader.setDaemon(true);
        reader.start();
        this.welcome = greeted ? awaitEvent("welcome", any -> true, WAIT) : null;
    }

    /** Connects, completes the TLS handshake and reads the welcome frame. */
    public static WireClient connect(int port, Supplier<String> serverPassword, Dial dial) {
        return connect(port, serverPassword, dial, true);
    }

    /** Connects and completes the TLS handshake without waiting for a welcome, which a refused connection never gets. */
    static WireClient connectRefused(int port, Dial dial) {
        return connect(port, () -> null, dial, false);
    }

    private static WireClient connect(int port, Supplier<String> serverPassword, Dial dial, boolean greeted) {
        RecordingTrustManager trust = new RecordingTrustManager();
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
            if (dial.receiveBufferBytes() > 0) {
                socket.setReceiveBufferSize(dial.receiveBufferBytes()); // before connect, so the window stays small
            }
            socket.bind(new InetSocketAddress(InetAddress.getByName(dial.fromAddress()), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) WAIT.toMillis());
            socket.setEnabledProtocols(dial.protocols().toArray(String[]::new));
            if (!dial.suites().isEmpty()) {
                socket.setEnabledCipherSuites(dial.suites().toArray(String[]::new));
            }
            socket.startHandshake();
            return new WireClient(socket, trust, serverPassword, greeted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Connects as a real client does: the handshake succeeds only if the server's certificate has
     * the SHA-256 fingerprint its startup line printed (compared as bytes: the server's own
     * TlsMaterial is what formats a fingerprint). Credentials go in each frame.
     */
    public static WireClient pinned(int port, String fingerprint) {
        WireClient client = connect(port, () -> null, Dial.DEFAULT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.presentedCertificate().getEncoded());
            assertArrayEquals(HexFormat.ofDelimiter(":").parseHex(fingerprint), digest,
                    "the server presents the certificate whose fingerprint it printed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return client;
    }

    private void readLines() {
        // Not closed here: a client told to stop reading must keep its connection open.
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while (reading && (line = lines.readLine()) != null) {
                incoming.add(parse(line));
            }
        } catch (IOException closed) {
            // the connection ended; END below says so
        }
        if (reading) {
            incoming.add(END);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode().put("type", "unparseable line from the server").put("line", line);
        }
    }

    JsonNode welcome() {
        return welcome;
    }

    SSLSession tlsSession() {
        return socket.getSession();
    }

    X509Certificate presentedCertificate() {
        return trust.leaf();
    }

    // ---- sending

    void send(Map<String, ?> frame) {
        try {
            sendLine(JSON.writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    void sendLine(String line) {
        sendBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    synchronized void sendBytes(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A frame: {@code op}, then field names and values in pairs. */
    static Map<String, Object> frame(String op, Object... fields) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("op", op);
        for (int i = 0; i < fields.length; i += 2) {
            frame.put((String) fields[i], fields[i + 1]);
        }
        return frame;
    }

    /** Sends the frame with a fresh integer id unless it has one; returns the reply with that id. */
    JsonNode exchange(Map<String, Object> frame) {
        Object id = frame.computeIfAbsent("id", absent -> ids.incrementAndGet());
        send(frame);
        return reply(id);
    }

    /** The reply to the frame sent with this id, read now or kept from before. */
    JsonNode reply(Object id) {
        return awaitFrame(reply -> sameId(reply.get("id"), id), WAIT, "the reply to frame " + id);
    }

    public JsonNode request(String op, Object... fields) {
        return exchange(frame(op, fields));
    }

    /** The reply, which must be {@code ok}. */
    public JsonNode ok(String op, Object... fields) {
        JsonNode reply = request(op, fields);
        assertEquals("ok", reply.path("type").asText(), () -> op + " should succeed: " + reply);
        return reply;
    }

    /** The reply, which must be the error with this code and a message for the user. */
    JsonNode refused(String code, String op, Object... fields) {
        return assertError(code, request(op, fields));
    }

    static JsonNode assertError(String code, JsonNode reply) {
        assertEquals("error", reply.path("type").asText(), () -> "expected error " + code + ", got " + reply);
        assertEquals(code, reply.path("code").asText(), reply::toString);
        assertFalse(reply.path("message").asText().isBlank(), () -> "an error says why: " + reply);
        return reply;
    }

    private static boolean sameId(JsonNode echoed, Object sent) {
        if (echoed == null) {
            return false;
        }
        return sent instanceof Number n
                ? echoed.isIntegralNumber() && echoed.asLong() == n.longValue()
                : echoed.isTextual() && echoed.asText().equals(sent);
    }

    JsonNode register(Credentials who) {
        return authenticate("register", who);
    }

    /** A login with more fields, e.g. {@code "totp", code}. */
    JsonNode login(Credentials who, Object... more) {
        return authenticate("login", who, more);
    }

    private JsonNode authenticate(String op, Credentials who, Object... more) {
        Object[] fields = new Object[6 + more.length];
        System.arraycopy(new Object[] {"user", who.user(), "password", who.password(), "server_password",
                serverPassword.get()}, 0, fields, 0, 6);
        System.arraycopy(more, 0, fields, 6, more.length);
        JsonNode reply = request(op, fields);
        if ("ok".equals(reply.path("type").asText())) {
            user = reply.path("user").asText();
        }
        return reply;
    }

    /** The account this session is logged in as, as the server shows it. */
    String user() {
        return user;
    }

    // ---- receiving

    /** The first frame of this type that matches, read now or kept from before. */
    public JsonNode awaitEvent(String type, Predicate<JsonNode> matching, Duration timeout) {
        return awaitFrame(f -> type.equals(f.path("type").asText()) && matching.test(f), timeout, "a " + type + " frame");
    }

    public JsonNode awaitEvent(String type, Predicate<JsonNode> matching) {
        return awaitEvent(type, matching, WAIT);
    }

    private synchronized JsonNode awaitFrame(Predicate<JsonNode> matching, Duration timeout, String what) {
        for (Iterator<JsonNode> it = kept.iterator(); it.hasNext(); ) {
            JsonNode frame = it.next();
            if (matching.test(frame)) {
                it.remove();
                return frame;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            JsonNode frame = poll(deadline);
            if (frame == null) {
                return fail("no " + what + " within " + timeout.toMillis() + " ms; kept frames: " + kept);
            }
            if (frame == END) {
                ended = true;
            } else if (matching.test(frame)) {
                return frame;
            } else {
                kept.add(frame);
            }
        }
        return fail("the server closed the connection while the test waited for " + what + "; kept frames: " + kept);
    }

    private JsonNode poll(long deadline) {
        try {
            return incoming.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits until the server closes the connection, keeping the frames read on the way. */
    public synchronized void awaitClosed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            JsonNode frame = poll(deadline);
            if (frame == null) {
                fail("the connection is still open after " + timeout.toMillis() + " ms; kept frames: " + kept);
            } else if (frame == END) {
                ended = true;
            } else {
                kept.add(frame);
            }
        }
    }

    /** Removes and returns the kept frames of this type that match (frames already read; reads nothing). */
    synchronized List<JsonNode> takeKept(String type, Predicate<JsonNode> matching) {
        List<JsonNode> taken = new ArrayList<>();
        for (Iterator<JsonNode> it = kept.iterator(); it.hasNext(); ) {
            JsonNode frame = it.next();
            if (type.equals(frame.path("type").asText()) && matching.test(frame)) {
                taken.add(frame);
                it.remove();
            }
        }
        return taken;
    }

    /** A ping round trip: everything the server sent this session before the pong is read by then. */
    public void sync() {
        JsonNode pong = request("ping");
        assertEquals("pong", pong.path("type").asText(), pong::toString);
    }

    /** Sends {@code quit}; the server must say {@code bye} and close. */
    void quit() {
        send(frame("quit"));
        awaitEvent("bye", bye -> true);
        awaitClosed(WAIT);
    }

    /**
     * Without reading anything: waits until a write fails because the server has closed the
     * connection (a closed socket answers data with a reset).
     */
    void awaitWritesRefused(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                sendLine("{\"op\":\"ping\"}");
            } catch (UncheckedIOException refused) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the server still takes this client's writes after " + timeout.toMillis() + " ms: the connection is open");
    }

    /** Stops reading from the socket, for good: the server's frames pile up as for a stalled client. */
    void stopReading() {
        reading = false;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
