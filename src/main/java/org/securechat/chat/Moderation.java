package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.securechat.protocol.EncodedFrame;
import org.securechat.protocol.FrameCodec;
import org.securechat.protocol.ServerFrames;
import org.securechat.security.ServerPassword;

/** Kick, regen and stop: the one code path behind the protocol's admin ops, the REST API and the CLI. */
@ApplicationScoped
public class Moderation {
    private static final Logger LOG = Logger.getLogger(Moderation.class);
    static final String DEFAULT_STOP_REASON = "the server is shutting down";

    private final Sessions sessions;
    private final ServerPassword serverPassword;
    private final ServerControl control;
    private final FrameCodec codec;
    private volatile String stopReason;

    public Moderation(Sessions sessions, ServerPassword serverPassword, ServerControl control, FrameCodec codec) {
        this.sessions = sessions;
        this.serverPassword = serverPassword;
        this.control = control;
        this.codec = codec;
    }

    public List<Session> online(String user) {
        return sessions.of(user);
    }

    /** Closes every session of the user after telling each why; returns how many were closed. */
    public int kick(String by, String user, String reason) {
        List<Session> targets = sessions.of(user);
        EncodedFrame kicked = codec.event(new ServerFrames.Kicked(by, reason == null ? "" : reason));
        for (Session target : targets) {
            target.send(kicked);
            target.close("kicked");
        }
        if (!targets.isEmpty()) {
            LOG.infof("%s kicked %s (%d sessions)", by, user, targets.size());
        }
        return targets.size();
    }

    /** A new server password for new logins; sessions already in stay. */
    public String regenerate(String by) {
        String fresh = serverPassword.regenerate();
        LOG.infof("%s replaced the server password", by);
        return fresh;
    }

    public void stop(String by, String reason) {
        LOG.infof("%s stopped the server", by);
        stopReason = reason;
        control.stop();
    }

    /** Tells every session why the server stops and closes it; no presence follows. */
    public void announceShutdown() {
        sessions.quiet();
        String reason = stopReason == null || stopReason.isBlank() ? DEFAULT_STOP_REASON : stopReason;
        EncodedFrame shutdown = codec.event(new ServerFrames.Shutdown(reason));
        for (Session session : sessions.connected()) {
            session.send(shutdown);
            session.close("shutdown");
        }
    }
}
