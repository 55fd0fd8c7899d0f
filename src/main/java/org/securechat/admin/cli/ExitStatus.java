package org.securechat.admin.cli;

import org.securechat.chat.ChatError;

/** The exit statuses of the one-shot commands, which scripts rely on. */
public final class ExitStatus {
    public static final int OK = 0;
    /** The server or the store refused (user not online, name taken, weak password), or a usage error. */
    public static final int REFUSED = 1;
    /** No answer from the server's admin API. */
    public static final int UNREACHABLE = 2;
    /** Wrong admin credentials, or an account that is not an admin. */
    public static final int AUTHENTICATION_FAILED = 3;
    /** {@code admin audit --verify}: an audit entry was edited, removed, inserted or moved. */
    public static final int CHAIN_BROKEN = 4;
    /** The admin API's certificate is not the pinned one, or its server is not pinned yet. */
    public static final int UNTRUSTED = 5;

    private ExitStatus() {
    }

    /** The status a command exits with when the chat refuses it. */
    public static int of(ChatError.Reason reason) {
        return switch (reason) {
            case BAD_CREDENTIALS, TOO_MANY_ATTEMPTS, FORBIDDEN, TOTP_REQUIRED -> AUTHENTICATION_FAILED;
            default -> REFUSED;
        };
    }
}
