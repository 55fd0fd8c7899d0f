package org.securechat.tui.net;

import java.util.concurrent.CompletableFuture;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;

/**
 * Where client frames go. The future completes with the server's reply to that frame, or exceptionally with a
 * {@link ServerError} or an I/O failure. The UI core depends only on this, so it runs without a socket in tests.
 */
@FunctionalInterface
public interface Outbox {
    <R extends Reply> CompletableFuture<R> request(Request<R> request);
}
