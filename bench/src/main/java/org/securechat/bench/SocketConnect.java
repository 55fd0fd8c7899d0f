package org.securechat.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.util.function.BiFunction;

/** Opens a client's TLS connection so that nothing the server sends first is lost. */
final class SocketConnect {

    private SocketConnect() {
    }

    /**
     * Connects to {@code target} and completes with what {@code attach} makes of the socket.
     * {@code attach} runs inside the connect callback, on the connection's event loop, and must
     * set the socket's handler there: Vert.x drops bytes read before a handler is set, and a
     * listener added to the returned future runs a turn later, when the server's first line
     * may already have been read (one session in ~10,000 hung so).
     */
    static <T> Future<T> open(Vertx vertx, NetClient netClient, ServerTarget target,
                              BiFunction<NetSocket, Context, T> attach) {
        Promise<T> attached = Promise.promise();
        netClient.connect(target.port(), target.host(), connection -> {
            if (connection.failed()) {
                attached.fail(connection.cause());
            } else {
                attached.complete(attach.apply(connection.result(), vertx.getOrCreateContext()));
            }
        });
        return attached.future();
    }
}
