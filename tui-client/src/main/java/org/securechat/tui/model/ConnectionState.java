package org.securechat.tui.model;

/** The connection as the status line shows it. */
public enum ConnectionState {
    CONNECTING("connecting"), ONLINE("online"), RECONNECTING("reconnecting"), ENDED("disconnected");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
