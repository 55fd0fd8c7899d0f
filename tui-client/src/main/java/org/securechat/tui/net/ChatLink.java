package org.securechat.tui.net;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;
import org.securechat.tui.trust.UntrustedServerException;

/**
 * A logged-in session that survives dropped connections: it reconnects with {@link Backoff}, logs in again and
 * tells its listener, which reloads history. Kicks, shutdowns, quits and refused logins end it for good.
 */
public final class ChatLink implements Session {
    static final Duration PING_INTERVAL = Duration.ofSeconds(30);
    /** Login refusals that retrying cannot fix (totp_required: a reconnect has no new code to give). */
    private static final Set<String> FINAL_LOGIN_ERRORS =
            Set.of("bad_credentials", "bad_server_password", "user_exists", "invalid_username", "weak_password",
                    "totp_required");

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
        Connection first = Connection.open(endpoint, trust, this::onEvent);
        Reply.LoggedIn reply;
        try {
            reply = authenticate(first, register);
        } catch (IOException | ServerError e) {
            first.close();
            throw e;
        } finally {
            credentials = credentials.withoutSecondFactor(); // a code is good once: a reconnect cannot reuse it
        }
        pinger.scheduleAtFixedRate(this::ping, PING_INTERVAL.toMillis(), PING_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        Thread keeper = new Thread(() -> keepAlive(first, reply), "securechat-link");
        keeper.setDaemon(true);
        keeper.start();
    }

    private Reply.LoggedIn authenticate(Connection candidate, boolean register) throws IOException {
        Request<Reply.LoggedIn> request = register ? new Request.Register(credentials) : new Request.Login(credentials);
        try {
            return candidate.request(request).get(30, TimeUnit.SECONDS);
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

    private void keepAlive(Connection established, Reply.LoggedIn firstReply) {
        Connection current = established;
        boolean reconnected = false;
        Reply.LoggedIn reply = firstReply;
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
                    current = Connection.open(endpoint, trust, this::onEvent);
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

    private void onEvent(Event event) {
        if (event instanceof Event.Kicked kicked) {
            endReason = "kicked by " + kicked.by() + reasonSuffix(kicked.reason());
        } else if (event instanceof Event.Shutdown shutdown) {
            endReason = "the server shut down" + reasonSuffix(shutdown.reason());
        } else if (event instanceof Event.Bye) {
            endReason = "disconnected";
        }
        listener.onEvent(event);
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
            current.request(new Request.Ping());
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
    public <R extends Reply> CompletableFuture<R> request(Request<R> request) {
        Connection current = connection;
        if (current == null || !current.isOpen()) {
            return CompletableFuture.failedFuture(new IOException("not connected"));
        }
        return current.request(request);
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
            current.request(new Request.Quit()).orTimeout(2, TimeUnit.SECONDS)
                    .whenComplete((reply, error) -> current.close());
        }
    }
}
