package org.securechat.tui.net;

/** A chat server's address. */
public record Endpoint(String host, int port) {
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
