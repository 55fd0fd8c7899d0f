package org.securechat.admin.cli;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts the admin API's certificate by its SHA-256 fingerprint alone, as the chat client does: the
 * one given (then remembered in admin_known_hosts), else the one remembered. No CA and no host name
 * check: the server's certificate is usually self-signed, and the pin is stronger than either.
 */
final class PinnedTrust extends X509ExtendedTrustManager {
    private final String hostPort;
    private final Optional<String> given;
    private final AdminKnownHosts knownHosts;
    private volatile String refusal;

    PinnedTrust(String hostPort, Optional<String> given, AdminKnownHosts knownHosts) {
        this.hostPort = hostPort;
        this.given = given.map(PinnedTrust::normalize);
        this.knownHosts = knownHosts;
    }

    SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why the last handshake was refused, for the one line the command prints; empty if it was not. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        String seen = fingerprint(chain[0]);
        Optional<String> known = knownHosts.fingerprint(hostPort);
        if (given.isPresent()) {
            if (!given.get().equals(seen)) {
                refuse("the server at " + hostPort + " presents the certificate " + seen
                        + ", not the fingerprint given (" + given.get() + "): not connecting");
            }
            if (!known.equals(given)) {
                knownHosts.add(hostPort, seen);
            }
        } else if (known.isEmpty()) {
            refuse("the server at " + hostPort + " is not known yet; its certificate's SHA-256 fingerprint is " + seen
                    + ": compare it with the one the server printed at its start, then pass it with --trust-fingerprint"
                    + " (or SECURECHAT_TRUST_FINGERPRINT)");
        } else if (!known.get().equals(seen)) {
            refuse("the server at " + hostPort + " presents the certificate " + seen + ", not the pinned " + known.get()
                    + ": someone may be intercepting the connection, or the server has a new certificate"
                    + " (then pass the new fingerprint with --trust-fingerprint)");
        }
    }

    private void refuse(String why) throws CertificateException {
        refusal = why;
        throw new CertificateException(why);
    }

    static String fingerprint(X509Certificate certificate) throws CertificateException {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new CertificateException(e);
        }
    }

    /** Upper-case pairs joined by colons, however it was typed (with or without colons). */
    static String normalize(String fingerprint) {
        String hex = fingerprint.replace(":", "").trim().toUpperCase(Locale.ROOT);
        byte[] digest;
        try {
            digest = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            digest = new byte[0];
        }
        if (digest.length != 32) {
            throw CommandFailure.refused("the trusted fingerprint is not a SHA-256 one: expected 64 hex digits");
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
