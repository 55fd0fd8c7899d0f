package org.securechat.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts exactly one server certificate, named by the SHA-256 fingerprint of its DER encoding,
 * the way the server prints it at startup (PROTOCOL.md: pinning, not a CA). A null fingerprint
 * trusts any certificate; the caller only allows that behind an explicit --trust-all.
 */
final class PinnedFingerprintTrust implements X509TrustManager {

    private final String fingerprint;

    PinnedFingerprintTrust(String fingerprint) {
        this.fingerprint = fingerprint == null ? null : normalise(fingerprint);
    }

    static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").trim().toUpperCase(Locale.ROOT);
    }

    static String sha256(X509Certificate certificate) throws CertificateEncodingException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (fingerprint == null) {
            return;
        }
        String presented = sha256(chain[0]);
        if (!presented.equals(fingerprint)) {
            throw new CertificateException("server certificate fingerprint " + presented
                    + " does not match the pinned " + fingerprint);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a load generator never accepts client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
