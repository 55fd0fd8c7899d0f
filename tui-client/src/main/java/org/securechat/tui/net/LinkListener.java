package org.securechat.tui.net;

import java.time.Duration;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;

/** What a {@link ChatLink} reports; called on network threads. */
public interface LinkListener {
    /** Logged in (again). */
    void onLoggedIn(Reply.LoggedIn reply, boolean reconnected);

    /** A server event (message, presence, kicked, ...). */
    void onEvent(Event event);

    /** The connection dropped; another attempt follows after the delay. */
    void onDisconnected(String reason, Duration retryIn);

    /** The session is over until a manual reconnect: kicked, server shutdown, quit, or login refused. */
    void onEnded(String reason);

    /** The server refused the stored resume token while reconnecting: only the login form can go on. */
    void onSignedOut(String reason);
}
