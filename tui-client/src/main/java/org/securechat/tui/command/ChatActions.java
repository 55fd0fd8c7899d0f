package org.securechat.tui.command;

/** What the commands can do; the client's {@code Commands} implements it. */
public interface ChatActions {
    void help();

    void users();

    void quit();

    void join(String room);

    void leave();

    void message(String user, String text);

    void action(String text);

    void rooms();

    void changePassword();

    void clear();

    void kick(String user, String reason);

    void regen();

    void stop(String reason);

    /** /restart: stop the server telling clients it will be back, so they reconnect and resume. */
    void restart(String reason);

    /** /logout: end the session, revoke its saved token, back to the login form. */
    void logout();

    /** /reconnect: try to connect again now. */
    void reconnect();

    void adminPane();

    /** /totp setup: a new secret, after the password is asked in a masked form. */
    void totpSetup();

    /** /totp enable CODE: turns two-factor authentication on with a code of the secret set up. */
    void totpEnable(String code);

    /** /totp disable: turns it off, after the password and a code are asked. */
    void totpDisable();
    /** Sets the away message, or clears it when {@code text} is blank. */
    void away(String text);

    /** "on", "off", or blank to toggle whether join, leave and quit lines show. */
    void presenceLines(String setting);

    /** Sets the highlight words (besides your name), or lists them when {@code words} is blank. */
    void highlight(String words);

    /** A readable complaint about the command line, e.g. a missing argument. */
    void usageError(String text);
}
