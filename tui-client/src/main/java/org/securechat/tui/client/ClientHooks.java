package org.securechat.tui.client;

/** What the chat client needs from the screen and the session around it. Called on the GUI thread. */
public interface ClientHooks {
    /** Something in the state changed; redraw. */
    void changed();

    void bell();

    /**
     * A line that could not be sent is kept: refused at once (no room, too long), it goes straight back into the
     * input; refused later by the server, into the input history (Up), never into text being typed meanwhile.
     */
    void restoreInput(String text);

    void openAdminPane();

    /** Ask for the old and new password in a masked form, then call {@link Commands#changePassword(String, String)}. */
    void askPasswordChange();

    /** Later logins (reconnects) use these. */
    void passwordChanged(String newPassword);

    void serverPasswordChanged(String newServerPassword);

    /** Close the session and leave the program. */
    void quit();
}
