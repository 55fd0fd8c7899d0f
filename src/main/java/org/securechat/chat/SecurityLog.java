package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The operator's record of what an attack looks like: failed logins, sources made to wait,
 * registrations, exceeded budgets and refused connections, one line each, with the source address
 * and never a password. The same event from the same source is written at most once every
 * {@link #QUIET_MILLIS}, with how many were left out, so a flood cannot flood the log too.
 */
@ApplicationScoped
public class SecurityLog {
    static final long QUIET_MILLIS = 10_000;
    private static final int MAX_TRACKED = 10_000;
    private static final Logger LOG = Logger.getLogger(SecurityLog.class);

    private record Quiet(long sinceMillis, int leftOut) { }

    private final Map<String, Quiet> quiet = new ConcurrentHashMap<>();
    private final Clock clock;

    public SecurityLog(Clock clock) {
        this.clock = clock;
    }

    /** A wrong password or server password; {@code user} only if it could be a name (a password typed there is not logged). */
    public void failedLogin(String user, String address, String what) {
        String who = user != null && InputRules.couldBeUsername(user) ? user : "(no valid name)";
        write("failed:" + address, "failed login from %s for %s: %s", address, who, what);
    }

    public void sourceWaits(String source, long seconds, int failures) {
        write("waits:" + source, "%s must wait %d s after %d failed logins", source, seconds, failures);
    }

    public void registered(String user, String address) {
        write("registered:" + address, "registered %s from %s", user, address);
    }

    public void resumed(String user, String address) {
        write("resumed:" + address, "resumed %s from %s", user, address);
    }

    /** A refused resume token; {@code user} only if it could be a name, the token never. */
    public void resumeRefused(String user, String address) {
        String who = user != null && InputRules.couldBeUsername(user) ? user : "(no valid name)";
        write("resume-refused:" + address, "refused a resume token from %s for %s", address, who);
    }

    public void tokensRevoked(String user, int count, String by, String why) {
        write("revoked:" + user, "revoked %d resume tokens of %s (by %s: %s)", count, user, by, why);
    }

    public void registrationsRefused(String address) {
        write("registrations:" + AttemptSource.of(address), "too many registrations from %s", address);
    }

    public void overBudget(Session session, Budget budget) {
        write("budget:" + session.id() + ":" + budget, "session %d (%s from %s) exceeded its %s budget", session.id(),
                session.authenticated() ? session.account().name() : "not logged in", session.peer().remoteAddress(),
                budget.what());
    }

    /** An admin's ban or unban; each one is written, never held back as a repeat. */
    public void moderated(Actor by, String what, String target) {
        LOG.infof("%s %s %s", by.describe(), what, target);
    }

    public void connectionRefused(String address, String why) {
        write("refused:" + AttemptSource.of(address), "refused a connection from %s: %s", address, why);
    }

    private void write(String key, String format, Object... values) {
        long now = clock.millis();
        if (quiet.size() >= MAX_TRACKED) {
            quiet.clear();
        }
        Quiet before = quiet.get(key);
        if (before != null && now - before.sinceMillis() < QUIET_MILLIS) {
            quiet.put(key, new Quiet(before.sinceMillis(), before.leftOut() + 1));
            return;
        }
        quiet.put(key, new Quiet(now, 0));
        String line = String.format(format, values);
        LOG.warn(before == null || before.leftOut() == 0 ? line
                : line + " (" + before.leftOut() + " more like it in the " + QUIET_MILLIS / 1000 + " s before)");
    }
}
