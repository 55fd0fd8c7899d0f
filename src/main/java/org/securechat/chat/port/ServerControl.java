package org.securechat.chat.port;

/** Stops this server process, gracefully; implemented by whatever runs the chat. */
public interface ServerControl {
    void stop();
}
