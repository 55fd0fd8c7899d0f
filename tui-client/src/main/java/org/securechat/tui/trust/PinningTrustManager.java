package org.securechat.tui.trust;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a server by the SHA-256 fingerprint of its leaf certificate, as SSH trusts host keys:
 * a fingerprint given ahead of time must match (and is pinned); otherwise a pinned one must match,
 * or the pinned key's (a certificate renewed on the same key, as the server renews its own, is
 * taken and pinned in the old one's place); otherwise the person is asked, and a yes pins it.
 */
public final class PinningTrustManager implements X509TrustManager {
    private final String host;
    private final int port;
    private final KnownHosts knownHosts;
    private final Optional<Fingerprint> expected;
    private final FirstUsePrompt prompt;

    public PinningTrustManager(String host, int port, KnownHosts knownHosts, Optional<Fingerprint> expected,
                               FirstUsePrompt prompt) {
        this.host = host;
        this.port = port;
        this.knownHosts = knownHosts;
        this.expected = expected;
        this.prompt = prompt;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new UntrustedServerException("The server presented no certificate.");
        }
        Fingerprint presented = Fingerprint.of(chain[0]);
        Fingerprint presentedKey = Fingerprint.ofKey(chain[0]);
        if (expected.isPresent()) {
            if (!expected.get().equals(presented)) {
                throw new UntrustedServerException("The server at " + host + ":" + port
                        + " presented fingerprint " + presented + ", not the one given with --trust-fingerprint ("
                        + expected.get() + "). Refusing to connect.");
            }
            knownHosts.pin(host, port, presented, presentedKey);
            return;
        }
        Optional<Fingerprint> pinned = knownHosts.lookup(host, port);
        if (pinned.isPresent()) {
            Optional<Fingerprint> pinnedKey = knownHosts.lookupKey(host, port);
            if (!pinned.get().equals(presented) && !pinnedKey.equals(Optional.of(presentedKey))) {
                throw new UntrustedServerException(changedWarning(pinned.get(), presented));
            }
            if (!pinned.get().equals(presented) || pinnedKey.isEmpty()) {
                knownHosts.pin(host, port, presented, presentedKey); // renewed, or pinned before keys were
            }
            return;
        }
        if (!prompt.accept(host, port, presented)) {
            throw new UntrustedServerException("The fingerprint " + presented + " of " + host + ":" + port
                    + " was not accepted.");
        }
        knownHosts.pin(host, port, presented, presentedKey);
    }

    private String changedWarning(Fingerprint pinned, Fingerprint presented) {
        return "WARNING: THE SERVER IDENTIFICATION OF " + host + ":" + port + " HAS CHANGED!\n"
                + "Someone could be intercepting your connection, or the server's certificate was replaced.\n"
                + "Pinned fingerprint:    " + pinned + "\n"
                + "Presented fingerprint: " + presented + "\n"
                + "Refusing to connect. If the change is expected, check the new fingerprint with the server's\n"
                + "operator and pass it with --trust-fingerprint, or remove the line for " + host + ":" + port
                + " from " + knownHosts.file() + ".";
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
