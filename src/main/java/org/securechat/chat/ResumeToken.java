package org.securechat.chat;

/** A token just issued to a session, and the device id it is bound to; the token is shown to its client alone. */
public record ResumeToken(String token, String deviceId) {
    @Override
    public String toString() {
        return "ResumeToken[hidden, " + deviceId + "]";
    }
}
