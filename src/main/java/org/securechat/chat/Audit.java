package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.securechat.chat.port.AuditTrail;

/**
 * Records what the audit trail holds, one call per event wherever it happens. Recording never
 * fails or delays the operation it records: the append goes to the store's writer, and an append
 * that fails is logged, not thrown. Nothing secret is passed in: no password, code or token, and a
 * failed login names only an account that exists (a password typed into the name field is not kept).
 */
@ApplicationScoped
public class Audit {
    private static final Logger LOG = Logger.getLogger(Audit.class);
    private static final int MAX_TRACKED = 10_000;

    private final AuditTrail trail;
    private final Clock clock;
    /** Per source, the end of the wait already recorded: a wait is one entry, however many attempts it refuses. */
    private final Map<String, Long> throttledUntil = new ConcurrentHashMap<>();

    public Audit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** Appends the event, now; {@code target} and {@code detail} may be null. */
    public void record(Actor who, AuditAction action, String target, String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), who.account(), action.label(), target, who.source(), detail);
        try {
            trail.append(event).whenComplete((seq, failure) -> {
                if (failure != null) {
                    failed(event, failure);
                }
            });
        } catch (RuntimeException failure) {
            failed(event, failure);
        }
    }

    /**
     * A wrong password or server password from this address; {@code account} is the name of the
     * account tried if it exists, else null: a name that is no account's could be a password.
     */
    public void failedLogin(String account, String address, String why) {
        record(Actor.from(address), AuditAction.LOGIN_FAILED, account, why);
    }

    /** The throttle refused an attempt from this source, which must wait until then; recorded once per wait. */
    public void throttled(String source, long waitUntilMillis, int failures) {
        if (throttledUntil.size() >= MAX_TRACKED) {
            throttledUntil.clear();
        }
        if (!Objects.equals(throttledUntil.put(source, waitUntilMillis), waitUntilMillis)) {
            long seconds = Math.max(1, (waitUntilMillis - clock.millis() + 999) / 1000);
            record(Actor.from(source), AuditAction.LOGIN_THROTTLED, null,
                    "attempts refused for " + seconds + " s after " + failures + " failures");
        }
    }

    private static void failed(AuditEvent event, Throwable failure) {
        LOG.errorf("could not record %s by %s from %s in the audit trail: %s", event.action(),
                event.actor() == null ? "-" : event.actor(), event.source(), failure.getMessage());
    }
}
