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

    /**
     * One line for a person: the server's own words as a sentence, e.g. "Too many messages; slow down (try again in
     * 2 s)"; the code (which means something to programs, not people) only when the server gave no words.
     */
    public String describe() {
        String words = getMessage().isBlank() ? code.replace('_', ' ') : getMessage();
        String text = words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return retryAfterSeconds == null ? text : text + " (try again in " + retryAfterSeconds + " s)";
    }
}
