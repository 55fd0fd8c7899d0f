package org.securechat.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.function.Consumer;

/**
 * One TLS session of the load, whichever protocol it speaks: what a load phase and a sender need
 * of it, and what both protocols' clients share. All state but the counter and the sender lives
 * on the connection's event loop.
 */
abstract class LoadClient {

    protected final NetSocket socket;
    protected final Consumer<String> failures;
    private final Context context;
    private final LineSplitter splitter = new LineSplitter();
    private final DeliveryCounter deliveries = new DeliveryCounter();
    private boolean closing;
    private volatile boolean closedByServer;
    private volatile Sender sender;

    /** Called in the connect callback, on the event loop, so the handler is set before any line is read. */
    protected LoadClient(NetSocket socket, Context context, Consumer<String> failures) {
        this.socket = socket;
        this.context = context;
        this.failures = failures;
        socket.handler(chunk -> splitter.feed(chunk, this::onLine));
        socket.closeHandler(v -> onClosed());
    }

    /** One line the server sent, without its line end. */
    protected abstract void onLine(byte[] bytes, int from, int to);

    /** The text of a message into {@code room} goes between the two; the written frame also asks for an acknowledgement. */
    abstract SendFrame sendFrame(String room);

    /** The connection's event loop: every write and every callback runs there. */
    Context context() {
        return context;
    }

    DeliveryCounter deliveries() {
        return deliveries;
    }

    void write(String frame) {
        socket.write(Buffer.buffer(frame));
    }

    /** Acknowledgements go to {@code role} from now on (null: none expected). */
    void becomeSender(Sender role) {
        sender = role;
    }

    protected Sender sender() {
        return sender;
    }

    protected boolean closing() {
        return closing;
    }

    Future<Void> close() {
        closing = true;
        return socket.close();
    }

    /** The session's TLS protocol and cipher suite, e.g. "TLSv1.3 TLS_AES_256_GCM_SHA384". */
    String tls() {
        return socket.sslSession().getProtocol() + " " + socket.sslSession().getCipherSuite();
    }

    /** Whether the connection ended without this client asking. */
    boolean closedByServer() {
        return closedByServer;
    }

    /** A close this client did not ask for is a failure; subclasses also fail what still waits. */
    protected void onClosed() {
        if (!closing) {
            closedByServer = true;
            failures.accept("the server closed a connection");
        }
    }

    record SendFrame(String prefix, String suffix) {
    }
}
