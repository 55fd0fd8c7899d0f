package org.securechat.tui.net;

/** A chat server's address. */
public record Endpoint(String host, int port) {
    public static final int DEFAULT_PORT = 7443;

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
