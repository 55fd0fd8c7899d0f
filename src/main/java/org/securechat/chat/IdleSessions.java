package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.securechat.ChatConfig;

/**
 * Closes sessions that have sent nothing for {@code chat.idle-timeout}: a dead peer would otherwise
 * hold its connection, and its account online, forever; and connections that have not logged in
 * within {@code chat.limits.auth-timeout}, which would otherwise hold sockets for nothing. Counted
 * on the chat's clock, in sweeps.
 */
@ApplicationScoped
public class IdleSessions {
    private static final Duration LONGEST_SWEEP_PERIOD = Duration.ofSeconds(1);

    private final Sessions sessions;
    private final Workers workers;
    private final Clock clock;
    private final long timeoutMillis;
    private final long authTimeoutMillis;

    public IdleSessions(Sessions sessions, Workers workers, Clock clock, ChatConfig config) {
        this.sessions = sessions;
        this.workers = workers;
        this.clock = clock;
        this.timeoutMillis = config.idleTimeout().toMillis();
        this.authTimeoutMillis = config.limits().authTimeout().toMillis();
    }

    /** Sweeps from now on, often enough that a session outlives a timeout by at most a quarter of it. */
    public void start() {
        Duration quarter = Duration.ofMillis(Math.max(100, Math.min(timeoutMillis, authTimeoutMillis) / 4));
        workers.every(quarter.compareTo(LONGEST_SWEEP_PERIOD) < 0 ? quarter : LONGEST_SWEEP_PERIOD, this::sweep);
    }

    /** Closes every session whose last frame, or whose start without a login since, is too long ago. */
    public void sweep() {
        long now = clock.millis();
        for (Session session : sessions.connected()) {
            if (session.lastFrameMillis() <= now - timeoutMillis) {
                // Said first, so a client knows it was not a network fault and may resume at once.
                session.send(Outbound.refusal(null, new ChatError(ChatError.Reason.IDLE_TIMEOUT,
                        "closed after " + timeoutMillis / 1000 + " s without a frame")));
                session.close(null);
            } else if (!session.authenticated() && !session.settingUpSecondFactor()
                    && session.since() <= now - authTimeoutMillis) {
                session.close(null); // as before this sweep existed, the presence event gives no reason
            }
        }
    }
}
