package org.securechat.tui.ui;

import org.securechat.tui.net.LinkListener;
import org.securechat.tui.net.Session;
import org.securechat.tui.trust.FirstUsePrompt;

/** Creates the session for a login request (not yet connected); its login reply and events go to the listener. */
@FunctionalInterface
public interface Connector {
    Session create(LoginRequest request, LinkListener listener, FirstUsePrompt prompt);
}
