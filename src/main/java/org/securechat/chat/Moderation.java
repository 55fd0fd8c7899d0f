package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.securechat.chat.port.AccountStore;
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
    private final AccountStore accounts;
    private final SessionTokens sessionTokens;
    private volatile String stopReason;
    /** Null until someone stops the server: then whether they asked for a restart. */
    private volatile Boolean stopRestart;

    public Moderation(Sessions sessions, Attendance attendance, Delivery delivery, ServerPassword serverPassword,
                      ServerControl control, Audit audit, AccountStore accounts, SessionTokens sessionTokens) {
        this.accounts = accounts;
        this.sessionTokens = sessionTokens;
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

    /**
     * Revokes every resume token of the user, runs {@code revoked} (an admin's reply, sent before a
     * kick of themselves closes them), then closes the user's sessions: they must log in again.
     * Completes with false when there is no such account, else true (online or not).
     */
    public CompletableFuture<Boolean> kickAndRevoke(Actor by, String user, String reason, Runnable revoked) {
        return accounts.find(user).thenCompose(found -> found
                .map(account -> sessionTokens.revokeAll(by, account.account(), "revoked by an admin").thenApply(n -> {
                    revoked.run();
                    kick(by, user, reason);
                    return true;
                }))
                .orElseGet(() -> CompletableFuture.completedFuture(false)));
    }

    /** A new server password for new logins; sessions already in stay. */
    public String regenerate(Actor by) {
        String fresh = serverPassword.regenerate();
        LOG.infof("%s replaced the server password", by.describe());
        audit.record(by, AuditAction.REGEN, null, null);
        return fresh;
    }

    /**
     * Recorded before the stop: the store commits everything queued before it closes. {@code restart}:
     * the sessions are told the server will be back.
     */
    public void stop(Actor by, String reason, boolean restart) {
        LOG.infof("%s %s the server", by.describe(), restart ? "restarted" : "stopped");
        audit.record(by, AuditAction.STOP, restart ? "restart" : null, reason);
        stopReason = reason;
        stopRestart = restart;
        control.stop();
    }

    /**
     * Tells every session of this node why it stops, and whether it will be back, and closes it;
     * no presence follows.
     */
    public void announceShutdown() {
        attendance.quiet();
        String reason = stopReason == null || stopReason.isBlank() ? DEFAULT_STOP_REASON : stopReason;
        // No stop asked for: SIGTERM (a pod roll, a service restart) or a dev-mode reload, which come back.
        Boolean asked = stopRestart;
        Outbound shutdown = Outbound.event(new Event.Shutdown(reason, asked == null || asked));
        for (Session session : sessions.connected()) {
            session.send(shutdown);
            session.close("shutdown");
        }
    }
}
