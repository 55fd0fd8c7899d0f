package org.securechat.tui.net;

import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.ServerError;

/** A logged-in session as the screen uses it: requests, new credentials for later logins, retry, and goodbye. */
public interface Session extends Outbox {
    /**
     * Connects and logs in (or registers), blocking; the login reply reaches the listener given at creation.
     * Throws {@link ServerError} when the server refuses the login.
     */
    void start(boolean register) throws java.io.IOException;

    /** Later logins (reconnects) use these, after /passwd or /regen. */
    void updateCredentials(Credentials credentials);

    /** Says goodbye and does not reconnect. */
    void quit();

    /** Ends the session for good and revokes its resume token, here and on the server. */
    void logout();

    /** Tries to connect again now, instead of after the backoff wait or after the session ended. */
    void reconnect();
}
