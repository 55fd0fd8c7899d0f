package org.securechat.tui.ui;

import java.util.Optional;
import org.securechat.tui.net.ChatLink;
import org.securechat.tui.net.LinkListener;
import org.securechat.tui.net.Session;
import org.securechat.tui.net.StoredSessions;
import org.securechat.tui.net.TrustSettings;
import org.securechat.tui.trust.FirstUsePrompt;
import org.securechat.tui.trust.Fingerprint;
import org.securechat.tui.trust.KnownHosts;

/** Creates the session for a login request (not yet connected); its login reply and events go to the listener. */
@FunctionalInterface
public interface Connector {
    Session create(LoginRequest request, LinkListener listener, FirstUsePrompt prompt);

    /** The real thing: TLS to the server, pinned through known_hosts or the fingerprint given ahead of time. */
    static Connector overTls(KnownHosts knownHosts, Optional<Fingerprint> expected) {
        return (request, listener, prompt) -> new ChatLink(request.endpoint(),
                new TrustSettings(knownHosts, expected, prompt), request.credentials(), listener,
                StoredSessions.beside(knownHosts.file()));
    }
}
