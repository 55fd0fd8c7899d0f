package org.securechat.chat.port;

/** The server password every node of the deployment checks against. */
public interface SharedPassword {
    String current();

    void replace(String password);

    /** Keeps a password already shared, else shares {@code candidate}; returns the one in force. */
    String initialize(String candidate);
}
