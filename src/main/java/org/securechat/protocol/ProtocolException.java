package org.securechat.protocol;

/**
 * A refusal that becomes an {@code error} frame. The message is shown to users, so it never
 * carries a secret. No stack trace: these are expected outcomes, not faults.
 */
public class ProtocolException extends RuntimeException {
    private final ErrorCode code;
    private final Long retryAfterSeconds;

    public ProtocolException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ProtocolException(ErrorCode code, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ErrorCode code() {
        return code;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
