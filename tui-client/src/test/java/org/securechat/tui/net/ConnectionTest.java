package org.securechat.tui.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/**
 * A connection over a plain local socket, with the test as the server (frames with ' for "): what it does with
 * frames it cannot read. TLS is left out; the real-server tests cover it.
 */
class ConnectionTest {
    private static final String WELCOME =
            "{'type':'welcome','protocol':1,'server':'test/1','server_password_required':true}";
    private static final String JOINED = "{'type':'joined','room':'general','user':'bob'}";

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private ServerSocket listener;
    private Socket client;
    private Socket server;
    private BufferedReader fromClient;

    @BeforeEach
    void connect() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        server = listener.accept();
        fromClient = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() throws IOException {
        client.close();
        server.close();
        listener.close();
    }

    private void serverSends(String... singleQuotedLines) throws IOException {
        OutputStream out = server.getOutputStream();
        for (String line : singleQuotedLines) {
            out.write((line.replace('\'', '"') + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private Connection open() throws IOException {
        return Connection.over(client, events::add);
    }

    private Event nextEvent() throws InterruptedException {
        Event event = events.poll(10, TimeUnit.SECONDS);
        assertTrue(event != null, "no event arrived");
        return event;
    }

    private static Throwable failure(CompletableFuture<?> reply) {
        return assertThrows(ExecutionException.class, () -> reply.get(10, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void anEventOfTheWrongShapeIsDroppedAndReadingGoesOn() throws Exception {
        serverSends(WELCOME, "{'type':'presence','user':'bob','online':'yes'}", "{'type':'reactions','n':1}", JOINED);
        Connection connection = open();
        assertEquals(new Event.Joined("general", "bob"), nextEvent(), "the broken and the unknown frame are skipped");
        assertTrue(connection.isOpen());
        assertTrue(events.isEmpty());
    }

    @Test
    void aReplyOfTheWrongShapeFailsOnlyItsRequest() throws Exception {
        serverSends(WELCOME);
        Connection connection = open();
        CompletableFuture<Reply.RoomList> rooms = connection.request(new Request.Rooms());
        assertEquals("{\"op\":\"rooms\",\"id\":1}", fromClient.readLine());
        serverSends("{'type':'ok','id':1,'rooms':'none'}");
        assertEquals("reply to rooms.rooms is a string, expected an array",
                assertInstanceOf(MalformedFrameException.class, failure(rooms)).getMessage());

        CompletableFuture<Reply.Pong> pong = connection.request(new Request.Ping());
        assertEquals("{\"op\":\"ping\",\"id\":2}", fromClient.readLine());
        serverSends("{'type':'pong','id':2}");
        assertEquals(new Reply.Pong(), pong.get(10, TimeUnit.SECONDS));
        assertTrue(connection.isOpen());
    }

    @Test
    void repliesFindTheirRequestsByIdAndErrorsFailThem() throws Exception {
        serverSends(WELCOME);
        Connection connection = open();
        CompletableFuture<Reply.Sent> first = connection.request(new Request.Send("general", "a", Request.Kind.TEXT));
        CompletableFuture<Reply.InRoom> second = connection.request(new Request.Join("dev"));
        fromClient.readLine();
        fromClient.readLine();
        serverSends("{'type':'ok','id':2,'room':'dev'}", "{'type':'error','id':1,'code':'rate_limited',"
                + "'message':'slow down','retry_after_s':1}", "{'type':'error','code':'idle_timeout','message':'idle'}");
        assertEquals(new Reply.InRoom("dev"), second.get(10, TimeUnit.SECONDS));
        assertEquals("Slow down (try again in 1 s)",
                assertInstanceOf(ServerError.class, failure(first)).describe());
        assertEquals("Idle", ((Event.Failed) nextEvent()).error().describe(),
                "an error nobody waits for is an event");
    }

    @Test
    void aLineThatIsNotJsonEndsTheConnectionAndFailsWhatWaits() throws Exception {
        serverSends(WELCOME);
        Connection connection = open();
        CompletableFuture<Reply.UserList> users = connection.request(new Request.Users());
        fromClient.readLine();
        serverSends("hello {");
        Throwable cause = connection.closed().get(10, TimeUnit.SECONDS);
        assertTrue(cause.getMessage().startsWith("the server sent a line that is not JSON"), cause.getMessage());
        assertEquals("connection closed", failure(users).getMessage());
        assertFalse(connection.isOpen());
        assertNull(fromClient.readLine(), "the client closed its end");
    }

    @Test
    void aReplyTooLongToReadFailsOnlyItsRequest() throws Exception {
        serverSends(WELCOME);
        Connection connection = open();
        CompletableFuture<Reply.MessagePage> history = connection.request(
                new Request.History(BufferId.room("general"), null, 50));
        fromClient.readLine();
        String huge = "x".repeat(LineReader.MAX_LINE_BYTES + 10);
        serverSends("{'type':'ok','id':1,'messages':[],'padding':'" + huge + "'}",
                "{'type':'presence','user':'bob','online':true,'padding':'" + huge + "'}", JOINED);
        assertEquals("the server's reply was longer than 1048576 bytes",
                assertInstanceOf(MalformedFrameException.class, failure(history)).getMessage());
        assertEquals(new Event.Joined("general", "bob"), nextEvent(), "the long event is dropped, the next one read");
        assertTrue(connection.isOpen(), "one long line costs one reply, not the session");
    }

    @Test
    void theFirstFrameMustBeTheWelcome() throws Exception {
        serverSends(JOINED);
        assertEquals("the server did not start with a welcome frame", assertThrows(IOException.class, this::open)
                .getMessage());
    }
}
