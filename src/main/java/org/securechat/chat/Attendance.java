package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.securechat.chat.port.Delivery;
import org.securechat.chat.port.Presence;

/**
 * An authenticated session's entry into the chat and its exit: this node's registers, presence, and
 * the presence events when an account's first session starts or its last one ends.
 */
@ApplicationScoped
public class Attendance {
    private final Sessions sessions;
    private final RoomMembers roomMembers;
    private final Presence presence;
    private final Delivery delivery;
    private volatile boolean quiet;

    public Attendance(Sessions sessions, RoomMembers roomMembers, Presence presence, Delivery delivery) {
        this.sessions = sessions;
        this.roomMembers = roomMembers;
        this.presence = presence;
        this.delivery = delivery;
    }

    /** The session, authenticated as the account, receives its rooms; runs on the session's thread. */
    void enter(Session session, Account account, List<String> rooms) {
        session.authenticate(account);
        sessions.enter(session);
        rooms.forEach(room -> roomMembers.add(room, session));
        if (presence.arrived(session)) {
            announce(account.name(), true, null);
        }
    }

    /** A connection has ended; idempotent. */
    void leave(Session session) {
        if (session.closed()) {
            return;
        }
        session.markClosed();
        roomMembers.removeEverywhere(session);
        sessions.closed(session);
        if (session.authenticated() && presence.departed(session)) {
            announce(session.account().name(), false, session.closeReason());
        }
    }

    /** From now on no presence is announced: the server is going down and says so once. */
    void quiet() {
        quiet = true;
    }

    private void announce(String user, boolean online, String reason) {
        if (!quiet) {
            delivery.toEveryone(Outbound.event(new Event.PresenceChanged(user, online, reason)));
        }
    }
}
