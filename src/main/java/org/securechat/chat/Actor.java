package org.securechat.chat;

/**
 * Who did something and from where, for the audit trail: the account acting (null when none is
 * known, as for a failed login or a command on the data dir) and its source, a peer address or
 * {@link #CLI}/{@link #BOOTSTRAP} for what runs on the server's own machine.
 */
public record Actor(String account, String source) {
    public static final String CLI = "cli";
    public static final String BOOTSTRAP = "bootstrap";

    /** A command run on the data dir ({@code user add}, {@code user passwd}): whoever can read it. */
    public static final Actor COMMAND_LINE = new Actor(null, CLI);
    /** The server's own start, creating {@code chat.bootstrap-admin.user}. */
    public static final Actor STARTUP = new Actor(null, BOOTSTRAP);

    /** The session's account, from its peer's address. */
    public static Actor of(Session session) {
        return new Actor(session.authenticated() ? session.account().name() : null, session.peer().remoteAddress());
    }

    /** Someone not (yet) known as any account, from this address. */
    public static Actor from(String address) {
        return new Actor(null, address);
    }

    /** For log lines: the account, or where it came from. */
    public String describe() {
        return account != null ? account : source;
    }
}
