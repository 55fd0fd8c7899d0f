package org.securechat.protocol;

import java.util.Locale;

/** The error codes of PROTOCOL.md; the wire name is the lower-case constant name. */
public enum ErrorCode {
    BAD_FRAME, FRAME_TOO_LARGE, UNKNOWN_OP, BAD_REQUEST, AUTH_REQUIRED,
    ALREADY_AUTHENTICATED, BAD_SERVER_PASSWORD, BAD_CREDENTIALS, USER_EXISTS,
    INVALID_USERNAME, WEAK_PASSWORD, TOO_MANY_ATTEMPTS, RATE_LIMITED, FORBIDDEN,
    NO_SUCH_USER, NO_SUCH_ROOM, NOT_IN_ROOM, MESSAGE_TOO_LONG, INTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
