package org.securechat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.securechat.ChatConfig;
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
    private final ConnectionLimits connections;
    private final int sessionsPerAccount;
    private volatile boolean quiet;

    public Attendance(Sessions sessions, RoomMembers roomMembers, Presence presence, Delivery delivery,
                      ConnectionLimits connections, ChatConfig config) {
        this.sessions = sessions;
        this.roomMembers = roomMembers;
        this.presence = presence;
        this.delivery = delivery;
        this.connections = connections;
        this.sessionsPerAccount = config.limits().sessionsPerAccount();
    }

    /**
     * The session, authenticated as the account, receives its rooms, and the account shows its stored
     * away message (null for none); refused with LIMIT_REACHED when the account has all the sessions
     * it may have here. Runs on the session's thread.
     */
    void enter(Session session, Account account, List<String> rooms, String away) {
        if (!sessions.enter(session, account, sessionsPerAccount)) {
            throw new ChatError(ChatError.Reason.LIMIT_REACHED, account.name() + " has all the sessions an account may have ("
                    + sessionsPerAccount + "); close one first");
        }
        rooms.forEach(room -> roomMembers.add(room, session));
        presence.away(account.name(), away);
        if (presence.arrived(session)) {
            announce(new Event.PresenceChanged(account.name(), true, null, away));
        }
    }

    /** A connection has ended; idempotent. */
    void leave(Session session) {
        if (session.closed()) {
            return;
        }
        session.markClosed();
        connections.release(session.peer().remoteAddress());
        roomMembers.removeEverywhere(session);
        sessions.closed(session);
        if (session.authenticated() && presence.departed(session)) {
            announce(new Event.PresenceChanged(session.account().name(), false, session.closeReason(), null));
        }
    }

    /** From now on no presence is announced: the server is going down and says so once. */
    void quiet() {
        quiet = true;
    }

    /** The account's away message is now {@code text} (null: none), told to everyone. */
    public void away(Account account, String text) {
        presence.away(account.name(), text);
        announce(new Event.PresenceChanged(account.name(), true, null, text));
    }

    private void announce(Event.PresenceChanged change) {
        if (!quiet) {
            delivery.toEveryone(Outbound.event(change));
        }
    }
}
