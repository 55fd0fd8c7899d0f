package org.securechat.tui.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.ServerError;
import org.securechat.tui.trust.UntrustedServerException;

/**
 * A logged-in session that survives dropped connections: it reconnects with {@link Backoff}, logs in again and
 * tells its listener, which reloads history. Kicks, shutdowns, quits and refused logins end it for good.
 */
public final class ChatLink implements Session {
    static final Duration PING_INTERVAL = Duration.ofSeconds(30);
    /** Login refusals that retrying cannot fix. */
    private static final Set<String> FINAL_LOGIN_ERRORS =
            Set.of("bad_credentials", "bad_server_password", "user_exists", "invalid_username", "weak_password");

    private final Endpoint endpoint;
    private final TrustSettings trust;
    private final LinkListener listener;
    private final Backoff backoff = new Backoff();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "securechat-ping");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Credentials credentials;
    private volatile Connection connection;
    private volatile String endReason;

    public ChatLink(Endpoint endpoint, TrustSettings trust, Credentials credentials, LinkListener listener) {
        this.endpoint = endpoint;
        this.trust = trust;
        this.credentials = credentials;
        this.listener = listener;
    }

    /**
     * Connects and logs in (or registers) once, on the calling thread, throwing what went wrong so a login form
     * can show it; on success the session keeps itself alive on a background thread.
     */
    @Override
    public void start(boolean register) throws IOException {
        Connection first = Connection.open(endpoint, trust, this::onFrame);
        JsonNode reply;
        try {
            reply = authenticate(first, register);
        } catch (IOException | ServerError e) {
            first.close();
            throw e;
        }
        pinger.scheduleAtFixedRate(this::ping, PING_INTERVAL.toMillis(), PING_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        Thread keeper = new Thread(() -> keepAlive(first, reply), "securechat-link");
        keeper.setDaemon(true);
        keeper.start();
    }

    private JsonNode authenticate(Connection candidate, boolean register) throws IOException {
        try {
            return candidate.request(Frames.auth(credentials, register)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ServerError error) {
                throw error;
            }
            throw new IOException("login failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while logging in", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("the server did not answer the login", e);
        }
    }

    private void keepAlive(Connection established, JsonNode firstReply) {
        Connection current = established;
        boolean reconnected = false;
        JsonNode reply = firstReply;
        while (true) {
            connection = current;
            listener.onLoggedIn(reply, reconnected);
            backoff.reset();
            Throwable cause = current.closed().join();
            connection = null;
            if (endReason != null) {
                finish(endReason);
                return;
            }
            String why = cause == null ? "the server closed the connection" : describe(cause);
            while (true) {
                Duration delay = backoff.nextDelay();
                listener.onDisconnected(why, delay);
                if (!sleep(delay) || endReason != null) {
                    finish(endReason == null ? "stopped" : endReason);
                    return;
                }
                try {
                    current = Connection.open(endpoint, trust, this::onFrame);
                    reply = authenticate(current, false);
                    reconnected = true;
                    break;
                } catch (ServerError e) {
                    if (FINAL_LOGIN_ERRORS.contains(e.code())) {
                        finish("login refused after reconnecting: " + e.describe());
                        return;
                    }
                    why = e.describe();
                } catch (IOException e) {
                    UntrustedServerException untrusted = UntrustedServerException.findIn(e);
                    if (untrusted != null) {
                        finish(untrusted.getMessage());
                        return;
                    }
                    why = describe(e);
                }
            }
        }
    }

    private void onFrame(JsonNode frame) {
        switch (frame.path("type").asText()) {
            case "kicked" -> endReason = "kicked by " + frame.path("by").asText("an admin")
                    + reasonSuffix(frame.path("reason").asText(""));
            case "shutdown" -> endReason = "the server shut down" + reasonSuffix(frame.path("reason").asText(""));
            case "bye" -> endReason = "disconnected";
            default -> { }
        }
        listener.onEvent(frame);
    }

    private static String reasonSuffix(String reason) {
        return reason.isBlank() ? "" : ": " + reason;
    }

    private void finish(String reason) {
        pinger.shutdownNow();
        listener.onEnded(reason);
    }

    private void ping() {
        Connection current = connection;
        if (current != null && current.isOpen()) {
            current.request(Frames.op("ping"));
        }
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public CompletableFuture<JsonNode> request(ObjectNode frame) {
        Connection current = connection;
        if (current == null || !current.isOpen()) {
            return CompletableFuture.failedFuture(new IOException("not connected"));
        }
        return current.request(frame);
    }

    @Override
    public void updateCredentials(Credentials updated) {
        credentials = updated;
    }

    @Override
    public void quit() {
        endReason = "disconnected";
        Connection current = connection;
        if (current != null) {
            current.request(Frames.op("quit")).orTimeout(2, TimeUnit.SECONDS)
                    .whenComplete((reply, error) -> current.close());
        }
    }
}
