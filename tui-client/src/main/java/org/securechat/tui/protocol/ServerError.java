package org.securechat.tui.protocol;

/** An {@code error} frame from the server; the message is the server's own, shown to the user as is. */
public final class ServerError extends RuntimeException {
    private final String code;
    private final Integer retryAfterSeconds;

    public ServerError(String code, String message, Integer retryAfterSeconds) {
        super(message);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String code() {
        return code;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** One readable line, e.g. "rate_limited: slow down (retry in 2 s)". */
    public String describe() {
        String text = getMessage().isBlank() ? code : code + ": " + getMessage();
        return retryAfterSeconds == null ? text : text + " (retry in " + retryAfterSeconds + " s)";
    }
}
