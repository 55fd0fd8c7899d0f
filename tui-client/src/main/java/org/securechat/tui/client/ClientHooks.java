package org.securechat.tui.client;

/** What the chat client needs from the screen and the session around it. Called on the GUI thread. */
public interface ClientHooks {
    /** Something in the state changed; redraw. */
    void changed();

    void bell();

    /** A DM or a mention: a desktop notification where the terminal shows one, else the bell (configurable). */
    void notify(String title, String text);

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

    /**
     * Ask for the password in a masked form, then call {@link Commands#totpSetup(String)}; {@code required}: the
     * server lets this admin do nothing else first, which the form says.
     */
    void askTotpSetup(boolean required);

    /** Show a new TOTP secret: as text, as its otpauth:// URI and as a QR code to scan. */
    void showTotpSecret(String secret, String uri);

    /** Show the recovery codes, which the server shows this once. */
    void showRecoveryCodes(java.util.List<String> codes);

    /** Ask for the password (masked) and a code, then call {@link Commands#totpDisable(String, String)}. */
    void askTotpDisable();

    /** Close the session and leave the program. */
    void quit();

    /** Log out (the token is revoked and forgotten) and show the login form. */
    void logout();

    /** Retry the connection now. */
    void reconnect();

    /** The session cannot go on without the password: show the login form with why. */
    void signedOut(String why);
}
