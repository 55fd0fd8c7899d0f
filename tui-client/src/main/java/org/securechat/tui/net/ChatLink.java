package org.securechat.tui.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;
import org.securechat.tui.trust.UntrustedServerException;

/**
 * A logged-in session that survives dropped connections and server restarts: it reconnects with {@link Backoff},
 * comes back with its resume token (stored in {@link StoredSessions}, rotated at each login) or else the passwords,
 * and tells its listener, which catches up on history. Kicks, a shutdown that is not a restart, quits and refused
 * logins end it until {@link #reconnect()}; a refused token sends the person back to the login form.
 */
public final class ChatLink implements Session {
    static final Duration PING_INTERVAL = Duration.ofSeconds(30);
    /** Login refusals that retrying cannot fix (totp_required: a reconnect has no new code to give). */
    private static final Set<String> FINAL_LOGIN_ERRORS =
            Set.of("bad_credentials", "bad_server_password", "user_exists", "invalid_username", "weak_password",
                    "totp_required", "banned");
    static final String TOKEN_REFUSED = "Your saved session is no longer valid (expired, revoked or logged out "
            + "elsewhere); log in with your password.";

    private final Endpoint endpoint;
    private final Dialer dialer;
    private final LinkListener listener;
    private final StoredSessions sessions;
    private final Backoff backoff = new Backoff();
    /** Released by {@link #reconnect()} to cut a backoff wait short. */
    private final Semaphore wake = new Semaphore(0);
    /** One keeper thread at a time, so a client never holds two sessions. */
    private final AtomicBoolean keeping = new AtomicBoolean();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "securechat-ping");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Credentials credentials;
    private volatile String deviceId;
    private volatile Connection connection;
    private volatile String endReason;
    private volatile boolean restarting;
    private volatile boolean over;

    /** Opens one connection to the server, whose events go to the consumer given. */
    @FunctionalInterface
    interface Dialer {
        Connection dial(Consumer<Event> events) throws IOException;
    }

    public ChatLink(Endpoint endpoint, TrustSettings trust, Credentials credentials, LinkListener listener,
                    StoredSessions sessions) {
        this(endpoint, events -> Connection.open(endpoint, trust, events), credentials, listener, sessions);
    }

    /** Over the dialer given: the tests' plain sockets. */
    ChatLink(Endpoint endpoint, Dialer dialer, Credentials credentials, LinkListener listener,
             StoredSessions sessions) {
        this.endpoint = endpoint;
        this.dialer = dialer;
        this.credentials = credentials;
        this.listener = listener;
        this.sessions = sessions;
        this.deviceId = sessions.lookup(endpoint, credentials.user()).map(StoredSessions.Stored::deviceId).orElse(null);
    }

    /**
     * Connects and logs in (or registers) once, on the calling thread, throwing what went wrong so a login form
     * can show it; on success the session keeps itself alive on a background thread. A password given is used (it
     * is what the person just typed); without one the stored session is resumed.
     */
    @Override
    public void start(boolean register) throws IOException {
        Connection first = dialer.dial(this::onEvent);
        Reply.LoggedIn reply;
        try {
            reply = register ? remember(ask(first, new Request.Register(credentials)))
                    : credentials.password() != null ? remember(ask(first, new Request.Login(credentials, deviceId)))
                    : authenticate(first);
        } catch (IOException | ServerError e) {
            first.close();
            throw e;
        } finally {
            credentials = credentials.withoutSecondFactor(); // a code is good once: a reconnect cannot reuse it
        }
        pinger.scheduleAtFixedRate(this::ping, PING_INTERVAL.toMillis(), PING_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        keep(first, reply, false, null);
    }

    /** The stored token if there is one, else the passwords; a refused token is forgotten. */
    private Reply.LoggedIn authenticate(Connection candidate) throws IOException {
        Credentials current = credentials;
        Optional<StoredSessions.Stored> stored = sessions.lookup(endpoint, current.user());
        if (stored.isPresent()) {
            try {
                return remember(ask(candidate, new Request.Resume(current.user(), stored.get().token(),
                        stored.get().deviceId())));
            } catch (ServerError e) {
                if ("bad_token".equals(e.code())) {
                    sessions.forget(endpoint, current.user());
                    throw new ServerError("bad_token", TOKEN_REFUSED, null);
                }
                throw e;
            }
        }
        if (current.password() == null) {
            throw new ServerError("bad_token", "There is no saved session for " + current.user()
                    + " on " + endpoint + "; log in with your password.", null);
        }
        return remember(ask(candidate, new Request.Login(current, deviceId)));
    }

    private Reply.LoggedIn ask(Connection candidate, Request<Reply.LoggedIn> request) throws IOException {
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

    /** Each login's token replaces the last one (the server has stopped accepting it). */
    private Reply.LoggedIn remember(Reply.LoggedIn reply) {
        if (reply.resumeToken() != null && !over) {
            deviceId = reply.deviceId();
            try {
                sessions.save(endpoint, credentials.user(),
                        new StoredSessions.Stored(reply.resumeToken(), reply.deviceId()));
            } catch (UncheckedIOException unwritable) {
                // the session works on; only a reconnect without the password is lost, and it says so then
            }
        }
        return reply;
    }

    private void keep(Connection established, Reply.LoggedIn reply, boolean reconnected, String why) {
        if (!keeping.compareAndSet(false, true)) {
            return;
        }
        Thread keeper = new Thread(() -> {
            try {
                keepAlive(established, reply, reconnected, why);
            } finally {
                keeping.set(false);
            }
        }, "securechat-link");
        keeper.setDaemon(true);
        keeper.start();
    }

    /** With a connection: report the login and wait for the drop. Then retry until logged in again or ended. */
    private void keepAlive(Connection current, Reply.LoggedIn reply, boolean reconnected, String why) {
        while (true) {
            if (current != null) {
                connection = current;
                listener.onLoggedIn(reply, reconnected);
                backoff.reset();
                Throwable cause = current.closed().join();
                connection = null;
                if (endReason != null) {
                    finish(endReason);
                    return;
                }
                why = restarting ? "the server is restarting"
                        : cause == null ? "the server closed the connection" : describe(cause);
                restarting = false;
            }
            current = null;
            while (current == null) {
                Duration delay = backoff.nextDelay();
                listener.onDisconnected(why, delay);
                if (!await(delay) || endReason != null) {
                    finish(endReason == null ? "stopped" : endReason);
                    return;
                }
                Connection candidate = null;
                try {
                    candidate = dialer.dial(this::onEvent);
                    reply = authenticate(candidate);
                    current = candidate;
                } catch (ServerError e) {
                    if (candidate != null) {
                        candidate.close();
                    }
                    if ("bad_token".equals(e.code())) {
                        over = true; // only the login form, with the password, goes on from here
                        pinger.shutdownNow();
                        listener.onSignedOut(e.describe());
                        return;
                    }
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
            reconnected = true;
        }
    }

    private void onEvent(Event event) {
        if (event instanceof Event.Kicked kicked) {
            endReason = "kicked by " + kicked.by() + reasonSuffix(kicked.reason());
        } else if (event instanceof Event.Shutdown shutdown) {
            if (shutdown.restart()) {
                restarting = true;
            } else {
                endReason = "the server shut down" + reasonSuffix(shutdown.reason());
            }
        } else if (event instanceof Event.Bye) {
            endReason = "disconnected";
        }
        listener.onEvent(event);
    }

    private static String reasonSuffix(String reason) {
        return reason.isBlank() ? "" : ": " + reason;
    }

    private void finish(String reason) {
        if (over) {
            pinger.shutdownNow();
        }
        listener.onEnded(reason);
    }

    private void ping() {
        Connection current = connection;
        if (current != null && current.isOpen()) {
            current.request(new Request.Ping());
        }
    }

    /** False if interrupted; {@link #reconnect()} ends the wait early. */
    private boolean await(Duration delay) {
        try {
            wake.tryAcquire(delay.toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
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

    /** Retries at once: cuts a backoff wait short, or starts again after the session ended (not after quit). */
    @Override
    public void reconnect() {
        if (over) {
            return;
        }
        if (keeping.get()) {
            wake.release();
            return;
        }
        endReason = null;
        backoff.reset();
        keep(null, null, true, "reconnecting");
        wake.release();
    }

    @Override
    public void quit() {
        leave(new Request.Quit(), "disconnected");
    }

    /** Revokes this session's token on the server and forgets it here, then closes. */
    @Override
    public void logout() {
        sessions.forget(endpoint, credentials.user());
        leave(new Request.Logout(), "logged out");
    }

    private void leave(Request<Reply.Done> goodbye, String reason) {
        over = true;
        endReason = reason;
        wake.release();
        Connection current = connection;
        if (current != null) {
            current.request(goodbye).orTimeout(2, TimeUnit.SECONDS)
                    .whenComplete((reply, error) -> current.close());
        }
    }
}
