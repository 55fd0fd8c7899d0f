package org.securechat.launcher;

/**
 * What the two startup lines say.
 *
 * @param host the chat listener's address as configured ({@code chat.host}), e.g. 0.0.0.0
 * @param port the port it is bound to: the free one picked when {@code chat.port} is 0
 * @param fingerprint SHA-256 of the server's certificate, upper-case hex pairs joined by colons
 */
public record Startup(String serverPassword, String host, int port, String fingerprint) {

    @Override
    public String toString() {
        // an assertion message or a log must not show the access password
        return "Startup[" + host + ":" + port + ", " + fingerprint + "]";
    }
}
