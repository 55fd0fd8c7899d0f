package org.securechat.tui.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.ServerError;

/**
 * The link against a scripted server on plain local sockets (TLS is the real-server tests' part): tokens are
 * stored and rotated, drops and restarts resume, a stop or a refused token does not loop.
 */
class ChatLinkResumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Endpoint SERVER = new Endpoint("localhost", 7443);
    private static final Credentials ALICE = new Credentials("alice", "pw", "server-pw");

    @TempDir
    Path dir;
    private StoredSessions sessions;
    private final Server server = new Server();
    private final BlockingQueue<String> reports = new LinkedBlockingQueue<>();
    private final LinkListener listener = new LinkListener() {
        public void onLoggedIn(Reply.LoggedIn reply, boolean reconnected) {
            reports.add((reconnected ? "reconnected " : "logged in ") + reply.user());
        }
        public void onEvent(Event event) { }
        public void onDisconnected(String reason, Duration retryIn) {
            reports.add("disconnected: " + reason + ", retry in " + retryIn.toSeconds() + " s");
        }
        public void onEnded(String reason) {
            reports.add("ended: " + reason);
        }
        public void onSignedOut(String reason) {
            reports.add("signed out: " + reason);
        }
    };

    @BeforeEach
    void listen() throws IOException {
        sessions = new StoredSessions(dir.resolve("sessions"));
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private ChatLink link(Credentials credentials) {
        return new ChatLink(SERVER, events -> Connection.over(
                new Socket(InetAddress.getLoopbackAddress(), server.port()), events), credentials, listener, sessions);
    }

    private String next() throws InterruptedException {
        String report = reports.poll(10, TimeUnit.SECONDS);
        assertTrue(report != null, "no report from the link");
        return report;
    }

    private String token() {
        return sessions.lookup(SERVER, "alice").map(StoredSessions.Stored::token).orElse(null);
    }

    @Test
    void aDropResumesWithTheStoredTokenAndTheRotatedOneIsKept() throws Exception {
        ChatLink link = link(ALICE);
        link.start(false);
        assertEquals("logged in alice", next());
        assertEquals("token-1", token());

        server.dropAll();
        assertEquals("disconnected: the server closed the connection, retry in 1 s", next());
        assertEquals("reconnected alice", next()); // by itself, after the backoff's first second
        assertEquals("resume alice token-1 device-1", server.frames.get(server.frames.size() - 1));
        assertEquals("token-2", token());
        link.quit();
    }

    @Test
    void aShutdownForARestartReconnectsAndOneThatIsNotEndsUntilReconnect() throws Exception {
        ChatLink link = link(ALICE);
        link.start(false);
        next();
        server.sendAll("{\"type\":\"shutdown\",\"reason\":\"upgrade\",\"restart\":true}");
        server.dropAll();
        assertEquals("disconnected: the server is restarting, retry in 1 s", next());
        link.reconnect(); // cuts the wait short
        assertEquals("reconnected alice", next());

        server.sendAll("{\"type\":\"shutdown\",\"reason\":\"\",\"restart\":false}");
        server.dropAll();
        assertEquals("ended: the server shut down", next());
        int connections = server.connections.get();
        assertNull(reports.poll(1500, TimeUnit.MILLISECONDS), "no retry after a stop");
        assertEquals(connections, server.connections.get());

        link.reconnect();
        assertTrue(next().startsWith("disconnected: reconnecting"));
        assertEquals("reconnected alice", next());
        assertEquals("token-3", token());
        link.quit();
    }

    @Test
    void aRefusedTokenSignsOutOnceAndIsForgotten() throws Exception {
        ChatLink link = link(ALICE);
        link.start(false);
        next();
        server.revokeTokens();
        server.dropAll();
        next();
        link.reconnect();
        assertEquals("signed out: " + ChatLink.TOKEN_REFUSED, next());
        assertNull(token());
        int connections = server.connections.get();
        link.reconnect(); // even when asked: the password is for the person to give, in the form
        assertNull(reports.poll(1500, TimeUnit.MILLISECONDS));
        assertEquals(connections, server.connections.get(), "never loops");
    }

    @Test
    void withoutAPasswordTheStartResumesAndRefusesWhenNothingIsStored() throws Exception {
        Credentials noPassword = new Credentials("alice", null, null);
        ServerError none = assertThrows(ServerError.class, () -> link(noPassword).start(false));
        assertEquals("bad_token", none.code());
        assertTrue(none.describe().contains("log in with your password"), none.describe());

        ChatLink first = link(ALICE);
        first.start(false);
        next();
        first.quit();
        assertEquals("ended: disconnected", next());

        ChatLink again = link(noPassword);
        again.start(false);
        assertEquals("logged in alice", next());
        assertEquals("resume alice token-1 device-1", server.frames.get(server.frames.size() - 1));
        again.quit();
    }

    @Test
    void logoutRevokesOnTheServerAndForgetsTheTokenHere() throws Exception {
        ChatLink link = link(ALICE);
        link.start(false);
        next();
        link.logout();
        assertEquals("ended: logged out", next());
        assertNull(token());
        assertTrue(server.frames.contains("logout"), server.frames.toString());
        ServerError refused = assertThrows(ServerError.class,
                () -> link(new Credentials("alice", null, null)).start(false));
        assertEquals("bad_token", refused.code());
    }

    /** Accepts connections, answers login/resume/logout/ping like PROTOCOL.md, records the frames. */
    private static final class Server implements AutoCloseable {
        final List<String> frames = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final AtomicInteger issued = new AtomicInteger();
        private volatile String valid;
        private ServerSocket socket;

        void start() throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket client = socket.accept();
                        connections.incrementAndGet();
                        open.add(client);
                        Thread serving = new Thread(() -> serve(client));
                        serving.setDaemon(true);
                        serving.start();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(Socket client) {
            try (client) {
                write(client, "{\"type\":\"welcome\",\"protocol\":1,\"server\":\"test\",\"server_password_required\":true}");
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode frame = JSON.readTree(line);
                    String op = frame.get("op").asText();
                    long id = frame.get("id").asLong();
                    switch (op) {
                        case "login" -> {
                            frames.add("login " + frame.get("user").asText());
                            write(client, loggedIn(id));
                        }
                        case "resume" -> {
                            frames.add("resume " + frame.get("user").asText() + " " + frame.get("token").asText()
                                    + " " + frame.path("device_id").asText("-"));
                            write(client, frame.get("token").asText().equals(valid) ? loggedIn(id)
                                    : "{\"type\":\"error\",\"id\":" + id + ",\"code\":\"bad_token\",\"message\":\"token refused\"}");
                        }
                        case "logout" -> {
                            frames.add("logout");
                            valid = null;
                            write(client, "{\"type\":\"ok\",\"id\":" + id + "}");
                            return;
                        }
                        case "quit" -> {
                            write(client, "{\"type\":\"ok\",\"id\":" + id + "}");
                            write(client, "{\"type\":\"bye\"}");
                            return;
                        }
                        default -> write(client, "{\"type\":\"ok\",\"id\":" + id + "}");
                    }
                }
            } catch (IOException gone) {
                // dropped by the test or the client
            }
        }

        private String loggedIn(long id) {
            valid = "token-" + issued.incrementAndGet();
            return "{\"type\":\"ok\",\"id\":" + id + ",\"user\":\"alice\",\"admin\":false,\"rooms\":[\"general\"],"
                    + "\"resume_token\":\"" + valid + "\",\"device_id\":\"device-1\"}";
        }

        private static synchronized void write(Socket client, String line) throws IOException {
            OutputStream out = client.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void sendAll(String line) throws IOException {
            for (Socket client : open) {
                if (!client.isClosed()) {
                    write(client, line);
                }
            }
        }

        void revokeTokens() {
            valid = "nobody has this";
        }

        void dropAll() throws IOException {
            for (Socket client : open) {
                client.close();
            }
            open.clear();
        }

        @Override
        public void close() throws IOException {
            dropAll();
            socket.close();
        }
    }
}
