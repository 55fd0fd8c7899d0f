package org.securechat.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A protocol client for tests on a spawned server: TLS pinned to the fingerprint the server
 * printed (as a real client does), one JSON object per line.
 */
public final class ChatConnection implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SSLSocket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final List<JsonNode> events = new ArrayList<>();
    private int nextId;

    public ChatConnection(ServerProcess server) throws Exception {
        this(server.port(), server.fingerprint());
    }

    public ChatConnection(int port, String fingerprint) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinnedTrust(fingerprint)}, null);
        socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.startHandshake();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
        JsonNode welcome = read();
        if (!welcome.path("type").asText().equals("welcome")) {
            throw new IllegalStateException("expected welcome, got " + welcome);
        }
    }

    /** Sends an op with a fresh id and returns the reply to it; events seen meanwhile are kept. */
    public JsonNode request(String op, Object... fields) throws IOException {
        int id = ++nextId;
        ObjectNode frame = JSON.createObjectNode().put("op", op).put("id", id);
        for (int i = 0; i < fields.length; i += 2) {
            frame.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        out.write((JSON.writeValueAsString(frame) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (true) {
            JsonNode frameIn = read();
            if (frameIn.path("id").asInt(-1) == id) {
                return frameIn;
            }
            events.add(frameIn);
        }
    }

    public JsonNode ok(String op, Object... fields) throws IOException {
        JsonNode reply = request(op, fields);
        if (!reply.path("type").asText().equals("ok") && !reply.path("type").asText().equals("pong")) {
            throw new AssertionError(op + " failed: " + reply);
        }
        return reply;
    }

    /** The first event (kept or yet to come) that matches. */
    public JsonNode awaitEvent(Predicate<JsonNode> match) throws IOException {
        for (JsonNode seen : events) {
            if (match.test(seen)) {
                events.remove(seen);
                return seen;
            }
        }
        while (true) {
            JsonNode next = read();
            if (match.test(next)) {
                return next;
            }
            events.add(next);
        }
    }

    /** The next line, or null at end of stream. */
    public JsonNode read() throws IOException {
        String line = in.readLine();
        return line == null ? null : JSON.readTree(line);
    }

    /** True if the server closes the connection within the timeout. */
    public boolean closedWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            while (in.readLine() != null) {
                // drain until the server closes
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Accepts exactly the certificate whose SHA-256 fingerprint the server printed. */
    private record PinnedTrust(String fingerprint) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
                String actual = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
                if (!actual.equals(fingerprint)) {
                    throw new java.security.cert.CertificateException("fingerprint " + actual + " is not the pinned " + fingerprint);
                }
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new java.security.cert.CertificateException(e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
