package org.securechat.chat;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Why the chat refused something, with a message written for the user (never a secret). Each edge
 * maps the reason to its own terms: the protocol to an error code, REST to a status, the CLI to an
 * exit status. No stack trace: these are expected outcomes, not faults.
 */
public final class ChatError extends RuntimeException {
    public enum Reason {
        /** A frame that is not a JSON object with a string op. */
        BAD_FRAME,
        FRAME_TOO_LARGE, UNKNOWN_OP, BAD_REQUEST, AUTH_REQUIRED, ALREADY_AUTHENTICATED, BAD_SERVER_PASSWORD,
        BAD_CREDENTIALS, USER_EXISTS, INVALID_USERNAME, WEAK_PASSWORD, TOO_MANY_ATTEMPTS, RATE_LIMITED, FORBIDDEN,
        NO_SUCH_USER, NO_SUCH_ROOM, NOT_IN_ROOM, MESSAGE_TOO_LONG,
        /** A configured cap: connections, sessions, rooms joined. The message says which. */
        LIMIT_REACHED,
        /** The store cannot write (a full disk, an I/O error): nothing was stored; it recovers by itself. */
        STORE_UNAVAILABLE,
        /** The sender's stored messages have reached the store's quota: nothing was stored. */
        QUOTA_EXCEEDED,
        /** The password was right, and the account's second factor (a TOTP or recovery code) is needed too. */
        TOTP_REQUIRED,
        /** A resume token that is unknown, expired, revoked or another account's: one refusal for all. */
        BAD_TOKEN,
        /** Sent, with no request id, to a session closed for sending nothing for chat.idle-timeout. */
        IDLE_TIMEOUT,
        /** The account is banned; a timed ban carries the seconds left. */
        BANNED,
        /** Unban of an account that has no ban in force. */
        NOT_BANNED,
        /** An invite that is unknown, used already or expired; the message says which. */
        BAD_INVITE,
        /** Anything unexpected: logged where it happened, shown without its details. */
        INTERNAL
    }

    private final Reason reason;
    private final Long retryAfterSeconds;

    public ChatError(Reason reason, String message) {
        this(reason, message, null);
    }

    public ChatError(Reason reason, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** Seconds to wait before trying again, for refusals that end by themselves; else null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The refusal a failure is, through the wrappers that futures put around it; empty for a fault. */
    public static Optional<ChatError> in(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof ChatError refusal ? Optional.of(refusal) : Optional.empty();
    }
}
