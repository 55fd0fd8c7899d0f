package org.securechat.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.netty.handler.ssl.SslHandler;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.NetSocketInternal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One IRC session over TLS (RFC 2812), to put an IRC server under the load securechat gets:
 * NICK and USER, then JOIN. Each send is a PRIVMSG followed by a PING, and the PONG is its
 * acknowledgement, since a server handles one client's commands in order. IRC does not send a
 * message back to its sender.
 */
final class IrcClient extends LoadClient {

    private static final byte[] PRIVMSG = "PRIVMSG".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicLong LOGINS = new AtomicLong();
    private static final int MAX_RECORD_BYTES = 2048;

    private final Promise<Void> registered = Promise.promise();
    private Promise<Void> joined;

    private IrcClient(NetSocket socket, Context context, Consumer<String> failures) {
        super(socket, context, failures);
    }

    /**
     * A registered session that has joined {@code room} unless it is null. Its nick is the
     * credentials' user; IRC has no accounts, so a login to one already online (the idle
     * sessions share a few) takes a nick of its own.
     */
    static Future<LoadClient> open(Vertx vertx, NetClient netClient, ServerTarget target, Credentials credentials,
                                   String room, Consumer<String> stage, Consumer<String> failures) {
        stage.accept("the TLS connection");
        String nick = credentials.register() ? credentials.user() : credentials.user() + "-" + LOGINS.incrementAndGet();
        return SocketConnect.open(vertx, netClient, target, (socket, context) -> {
            // ngIRCd reads at most 2,048 decrypted bytes per wake-up and does not drain what GnuTLS
            // still holds, so a longer record can strand a sender's last lines (seen as a stall):
            // the client's records, which coalesce a turn's lines, stay within that
            ((NetSocketInternal) socket).channelHandlerContext().pipeline().get(SslHandler.class)
                    .setWrapDataSize(MAX_RECORD_BYTES);
            IrcClient client = new IrcClient(socket, context, failures);
            stage.accept("the welcome (001) to NICK and USER");
            client.write("NICK " + nick + "\r\nUSER " + nick + " 0 * :" + nick + "\r\n");
            return client;
        }).compose(client -> client.registered.future().compose(v -> {
            if (room == null) {
                return Future.succeededFuture(client);
            }
            stage.accept("the end of NAMES (366) after JOIN");
            client.joined = Promise.promise();
            client.write("JOIN " + room + "\r\n");
            return client.joined.future().map(client);
        }));
    }

    @Override
    SendFrame sendFrame(String room) {
        return new SendFrame("PRIVMSG " + room + " :", "\r\nPING :ack\r\n");
    }

    /** One line: [":" prefix " "] command [" " params]; PRIVMSG, the hot path, is read from the bytes. */
    @Override
    protected void onLine(byte[] bytes, int from, int to) {
        int command = from;
        if (command < to && bytes[command] == ':') {
            while (command < to && bytes[command] != ' ') {
                command++;
            }
            command++;
        }
        int end = command;
        while (end < to && bytes[end] != ' ') {
            end++;
        }
        if (end - command == PRIVMSG.length && Arrays.equals(bytes, command, end, PRIVMSG, 0, PRIVMSG.length)) {
            deliveries().onDelivery(sentNanos(bytes, end, to));
            return;
        }
        String name = new String(bytes, command, end - command, StandardCharsets.US_ASCII);
        switch (name) {
            case "PONG" -> {
                Sender role = sender();
                if (role != null) {
                    role.onAcknowledged();
                }
            }
            case "PING" -> write("PONG" + new String(bytes, end, to - end, StandardCharsets.UTF_8) + "\r\n");
            case "001" -> registered.tryComplete();
            case "366" -> {
                if (joined != null) {
                    joined.tryComplete();
                }
            }
            case "ERROR", "KICK", "KILL" -> failures.accept("the server ended a session: " + line(bytes, from, to));
            default -> {
                if (isErrorReply(name)) {
                    String reply = line(bytes, from, to);
                    registered.tryFail(reply);
                    if (joined != null) {
                        joined.tryFail(reply);
                    }
                    failures.accept("the server answered with an error: " + reply);
                }
            }
        }
    }

    /** 400 to 599 are error replies; 422 only says there is no message of the day. */
    private static boolean isErrorReply(String command) {
        return command.length() == 3 && (command.charAt(0) == '4' || command.charAt(0) == '5')
                && Character.isDigit(command.charAt(1)) && Character.isDigit(command.charAt(2)) && !command.equals("422");
    }

    /** The send time a PRIVMSG's text (after " :") starts with, or -1. */
    private static long sentNanos(byte[] bytes, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (bytes[i] == ' ' && bytes[i + 1] == ':') {
                return FrameScan.leadingNumber(bytes, i + 2, to);
            }
        }
        return -1;
    }

    private static String line(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    protected void onClosed() {
        super.onClosed();
        registered.tryFail("the connection closed before the welcome (001)");
        if (joined != null) {
            joined.tryFail("the connection closed before the end of NAMES");
        }
    }
}
