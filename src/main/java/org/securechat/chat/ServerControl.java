package org.securechat.chat;

/** Stops the whole server process, gracefully; implemented by whatever runs the chat. */
public interface ServerControl {
    void stop();
}
