package org.securechat.bench;

/** The server's `error` reply to a request: its code (rate_limited, limit_reached, ...) and message. */
final class Refusal extends RuntimeException {

    private final String code;

    Refusal(String code, String message) {
        super(code + ": " + message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
