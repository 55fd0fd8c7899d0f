package org.securechat.tui.net;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** What a {@link ChatLink} reports; called on network threads. */
public interface LinkListener {
    /** Logged in (again): the {@code ok} reply carries user, admin and rooms. */
    void onLoggedIn(JsonNode reply, boolean reconnected);

    /** A server event (message, presence, kicked, ...). */
    void onEvent(JsonNode event);

    /** The connection dropped; another attempt follows after the delay. */
    void onDisconnected(String reason, Duration retryIn);

    /** The session is over for good: kicked, server shutdown, quit, or login refused. */
    void onEnded(String reason);
}
