package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.securechat.chat.port.Delivery;
import org.securechat.chat.port.ServerControl;
import org.securechat.security.ServerPassword;

/**
 * Kick, regen and stop: the one code path behind the protocol's admin ops, the REST API and the CLI,
 * and so the one place each is logged and recorded in the audit trail. Each caller holds a reason to
 * {@link InputRules#reason} first.
 */
@ApplicationScoped
public class Moderation {
    private static final Logger LOG = Logger.getLogger(Moderation.class);
    static final String DEFAULT_STOP_REASON = "the server is shutting down";

    private final Sessions sessions;
    private final Attendance attendance;
    private final Delivery delivery;
    private final ServerPassword serverPassword;
    private final ServerControl control;
    private final Audit audit;
    private volatile String stopReason;

    public Moderation(Sessions sessions, Attendance attendance, Delivery delivery, ServerPassword serverPassword,
                      ServerControl control, Audit audit) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.delivery = delivery;
        this.serverPassword = serverPassword;
        this.control = control;
        this.audit = audit;
    }

    /** Closes every session of the user after telling each why; returns how many were closed. */
    public int kick(Actor by, String user, String reason) {
        int closed = delivery.disconnect(user,
                Outbound.event(new Event.Kicked(by.account(), reason == null ? "" : reason)), "kicked");
        if (closed > 0) {
            LOG.infof("%s kicked %s (%d sessions)", by.describe(), user, closed);
            audit.record(by, AuditAction.KICK, user, reason);
        }
        return closed;
    }

    /** A new server password for new logins; sessions already in stay. */
    public String regenerate(Actor by) {
        String fresh = serverPassword.regenerate();
        LOG.infof("%s replaced the server password", by.describe());
        audit.record(by, AuditAction.REGEN, null, null);
        return fresh;
    }

    /** Recorded before the stop: the store commits everything queued before it closes. */
    public void stop(Actor by, String reason) {
        LOG.infof("%s stopped the server", by.describe());
        audit.record(by, AuditAction.STOP, null, reason);
        stopReason = reason;
        control.stop();
    }

    /** Tells every session of this node why it stops and closes it; no presence follows. */
    public void announceShutdown() {
        attendance.quiet();
        String reason = stopReason == null || stopReason.isBlank() ? DEFAULT_STOP_REASON : stopReason;
        Outbound shutdown = Outbound.event(new Event.Shutdown(reason));
        for (Session session : sessions.connected()) {
            session.send(shutdown);
            session.close("shutdown");
        }
    }
}
