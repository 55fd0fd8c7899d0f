package org.securechat.tui.net;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.securechat.tui.trust.FirstUsePrompt;
import org.securechat.tui.trust.Fingerprint;
import org.securechat.tui.trust.KnownHosts;
import org.securechat.tui.trust.PinningTrustManager;

/** How the client decides to trust a server: the pinned fingerprints, an optional expected one, and whom to ask. */
public record TrustSettings(KnownHosts knownHosts, Optional<Fingerprint> expected, FirstUsePrompt prompt) {

    SSLContext sslContextFor(Endpoint endpoint) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {
                new PinningTrustManager(endpoint.host(), endpoint.port(), knownHosts, expected, prompt)}, null);
        return context;
    }
}
