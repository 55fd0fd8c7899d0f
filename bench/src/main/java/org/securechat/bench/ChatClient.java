package org.securechat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One securechat session over TLS (PROTOCOL.md). Requests (register, login, join, and any other
 * the soak makes) get their replies as futures; message events are counted, and timed when the
 * client measures latency, or handed to a {@link MessageTap} instead.
 */
final class ChatClient extends LoadClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Buffer PING = Buffer.buffer("{\"op\":\"ping\"}\n");
    /** PROTOCOL.md: clients ping every 30 s so the server's idle timeout (120 s) never fires. */
    private static final long PING_INTERVAL_MS = 30_000;

    private final Map<Long, Promise<JsonNode>> pending = new HashMap<>();
    private final Promise<Void> welcomed = Promise.promise();
    private long nextId = 1;
    private volatile MessageTap tap;

    /** Hears every message event of a session, as the bytes of its line. */
    interface MessageTap {
        void onMessage(byte[] bytes, int from, int to);
    }

    private ChatClient(NetSocket socket, Context context, Consumer<String> failures) {
        super(socket, context, failures);
    }

    /**
     * A session that has registered or logged in and, unless {@code room} is null, joined it;
     * {@code stage} hears which step it waits for, so a setup timeout can name it.
     */
    static Future<LoadClient> open(Vertx vertx, NetClient netClient, ServerTarget target, Credentials credentials,
                                   String room, Consumer<String> stage, Consumer<String> failures) {
        stage.accept("the TLS connection");
        return connect(vertx, netClient, target, failures, () -> stage.accept("the welcome frame"))
                .compose(client -> {
                    stage.accept("the reply to " + credentials.op());
                    return client.request(credentials.frame(target.serverPassword()))
                            .recover(e -> Future.failedFuture(credentials + ": " + e.getMessage()))
                            .compose(ok -> {
                                stage.accept("the reply to join");
                                return room == null ? Future.succeededFuture(ok)
                                        : client.request(JSON.createObjectNode().put("op", "join").put("room", room));
                            })
                            .map(client);
                });
    }

    /** A session not yet logged in: connected, and the server's welcome frame arrived. */
    static Future<ChatClient> connect(Vertx vertx, NetClient netClient, ServerTarget target, Consumer<String> failures) {
        return connect(vertx, netClient, target, failures, () -> { });
    }

    /** Connects and completes once the server's welcome frame has arrived; {@code connected} runs in between. */
    private static Future<ChatClient> connect(Vertx vertx, NetClient netClient, ServerTarget target,
                                              Consumer<String> failures, Runnable connected) {
        return SocketConnect.open(vertx, netClient, target, (socket, context) -> {
            connected.run();
            ChatClient client = new ChatClient(socket, context, failures);
            vertx.setPeriodic(PING_INTERVAL_MS, id -> {
                if (client.closing()) {
                    vertx.cancelTimer(id);
                } else {
                    socket.write(PING);
                }
            });
            return client;
        }).compose(client -> client.welcomed.future().map(client));
    }

    /** Message events go to {@code tap} from now on instead of the delivery counter. */
    void tap(MessageTap tap) {
        this.tap = tap;
    }

    /** Sends a frame with a fresh id and completes with the `ok` reply, or fails with the `error` as a {@link Refusal}. */
    Future<JsonNode> request(ObjectNode frame) {
        Promise<JsonNode> reply = Promise.promise();
        context().runOnContext(v -> {
            long id = nextId++;
            frame.put("id", id);
            pending.put(id, reply);
            write(frame.toString() + "\n");
        });
        return reply.future();
    }

    @Override
    SendFrame sendFrame(String room) {
        return new SendFrame("{\"op\":\"send\",\"room\":\"" + room + "\",\"text\":\"", "\"}\n");
    }

    @Override
    protected void onLine(byte[] bytes, int from, int to) {
        if (FrameScan.isMessageEvent(bytes, from, to)) {
            MessageTap heard = tap;
            if (heard != null) {
                heard.onMessage(bytes, from, to);
            } else {
                deliveries().onDelivery(FrameScan.sentNanos(bytes, from, to));
            }
            return;
        }
        if (FrameScan.isUnmeasuredEvent(bytes, from, to)) {
            return;
        }
        JsonNode frame;
        try {
            frame = JSON.readTree(bytes, from, to - from);
        } catch (IOException e) {
            failures.accept("the server sent a frame that is not JSON: " + e.getMessage());
            return;
        }
        switch (frame.path("type").asText()) {
            case "welcome" -> welcomed.tryComplete();
            case "message" -> deliveries().onDelivery(FrameScan.sentNanos(frame.path("text").asText()));
            case "ok", "pong", "error" -> onReply(frame);
            case "kicked", "shutdown" -> failures.accept("the server ended a session: " + frame);
            default -> { } // joined, left, presence: not what is measured
        }
    }

    private void onReply(JsonNode frame) {
        boolean error = "error".equals(frame.path("type").asText());
        Promise<JsonNode> reply = frame.hasNonNull("id") ? pending.remove(frame.get("id").asLong()) : null;
        if (reply != null) {
            if (error) {
                reply.fail(new Refusal(frame.path("code").asText(), frame.path("message").asText()));
            } else {
                reply.complete(frame);
            }
        } else if (sender() != null && !"pong".equals(frame.path("type").asText())) {
            if (error) {
                sender().onRefused(frame);
            } else {
                sender().onAcknowledged();
            }
        } else if (error) {
            failures.accept("the server answered with an error: " + frame);
        }
    }

    @Override
    protected void onClosed() {
        super.onClosed();
        welcomed.tryFail("the connection closed before the welcome frame");
        pending.values().forEach(reply -> reply.tryFail("the connection closed"));
    }
}
