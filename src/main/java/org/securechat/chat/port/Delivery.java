package org.securechat.chat.port;

import java.util.Collection;
import org.securechat.chat.Outbound;
import org.securechat.chat.Session;

/**
 * Fan-out to sessions wherever they are connected: this node alone, or every node of a cluster.
 * Returns how many sessions were reached, for metrics. Never blocks.
 */
public interface Delivery {
    /** To every session in the room. */
    int toRoom(String room, Outbound frame);

    /** To every session of each of these accounts, once each. */
    int toAccounts(Collection<String> users, Outbound frame);

    /** To every session of the session's account but that one. */
    int toOtherSessions(Session session, Outbound frame);

    /** To every authenticated session. */
    void toEveryone(Outbound frame);

    /** Sends {@code farewell} to every session of the account, then closes them; returns how many. */
    int disconnect(String user, Outbound farewell, String reason);
}
