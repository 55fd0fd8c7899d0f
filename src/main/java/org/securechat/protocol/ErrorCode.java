package org.securechat.protocol;

import java.util.Locale;
import org.securechat.chat.ChatError.Reason;

/** The error codes of PROTOCOL.md; the wire name is the lower-case constant name. */
public enum ErrorCode {
    BAD_FRAME, FRAME_TOO_LARGE, UNKNOWN_OP, BAD_REQUEST, AUTH_REQUIRED,
    ALREADY_AUTHENTICATED, BAD_SERVER_PASSWORD, BAD_CREDENTIALS, USER_EXISTS,
    INVALID_USERNAME, WEAK_PASSWORD, TOO_MANY_ATTEMPTS, RATE_LIMITED, FORBIDDEN,
    NO_SUCH_USER, NO_SUCH_ROOM, NOT_IN_ROOM, MESSAGE_TOO_LONG, LIMIT_REACHED, STORE_UNAVAILABLE,
    QUOTA_EXCEEDED, INTERNAL, TOTP_REQUIRED, BAD_TOKEN, IDLE_TIMEOUT, BANNED, NOT_BANNED, BAD_INVITE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The code the protocol answers a refusal with. Spelled out, so the wire contract reads here and a
     * new reason does not compile until it has a code.
     */
    public static ErrorCode of(Reason reason) {
        return switch (reason) {
            case BAD_FRAME -> BAD_FRAME;
            case FRAME_TOO_LARGE -> FRAME_TOO_LARGE;
            case UNKNOWN_OP -> UNKNOWN_OP;
            case BAD_REQUEST -> BAD_REQUEST;
            case AUTH_REQUIRED -> AUTH_REQUIRED;
            case ALREADY_AUTHENTICATED -> ALREADY_AUTHENTICATED;
            case BAD_SERVER_PASSWORD -> BAD_SERVER_PASSWORD;
            case BAD_CREDENTIALS -> BAD_CREDENTIALS;
            case USER_EXISTS -> USER_EXISTS;
            case INVALID_USERNAME -> INVALID_USERNAME;
            case WEAK_PASSWORD -> WEAK_PASSWORD;
            case TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
            case RATE_LIMITED -> RATE_LIMITED;
            case FORBIDDEN -> FORBIDDEN;
            case NO_SUCH_USER -> NO_SUCH_USER;
            case NO_SUCH_ROOM -> NO_SUCH_ROOM;
            case NOT_IN_ROOM -> NOT_IN_ROOM;
            case MESSAGE_TOO_LONG -> MESSAGE_TOO_LONG;
            case LIMIT_REACHED -> LIMIT_REACHED;
            case STORE_UNAVAILABLE -> STORE_UNAVAILABLE;
            case QUOTA_EXCEEDED -> QUOTA_EXCEEDED;
            case INTERNAL -> INTERNAL;
            case TOTP_REQUIRED -> TOTP_REQUIRED;
            case BAD_TOKEN -> BAD_TOKEN;
            case IDLE_TIMEOUT -> IDLE_TIMEOUT;
            case BANNED -> BANNED;
            case NOT_BANNED -> NOT_BANNED;
            case BAD_INVITE -> BAD_INVITE;
        };
    }
}
