package org.securechat.tui.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import org.securechat.tui.protocol.ServerError;

/**
 * Where client frames go. The future completes with the server's reply to that frame, or exceptionally with a
 * {@link ServerError} or an I/O failure. The UI core depends only on this, so it runs without a socket in tests.
 */
@FunctionalInterface
public interface Outbox {
    CompletableFuture<JsonNode> request(ObjectNode frame);
}
