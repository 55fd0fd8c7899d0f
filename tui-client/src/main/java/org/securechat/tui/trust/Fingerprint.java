package org.securechat.tui.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 of a certificate's DER encoding (or of its public key's), held as 64 uppercase hex digits. */
public record Fingerprint(String hex) {

    public Fingerprint {
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("a SHA-256 fingerprint has 64 hex digits");
        }
    }

    /** Accepts the server's startup form (pairs joined by ':') as well as bare hex, in any case. */
    public static Fingerprint parse(String text) {
        String hex = text.strip().replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (hex.startsWith("SHA256")) {
            hex = hex.substring("SHA256".length());
        }
        return new Fingerprint(hex);
    }

    public static Fingerprint of(X509Certificate certificate) {
        try {
            return sha256(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the server certificate", e);
        }
    }

    /** Of the certificate's key (its DER SubjectPublicKeyInfo): the same across a renewal that keeps the key. */
    public static Fingerprint ofKey(X509Certificate certificate) {
        return sha256(certificate.getPublicKey().getEncoded());
    }

    private static Fingerprint sha256(byte[] der) {
        try {
            return new Fingerprint(HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The same form the server prints at startup. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(95);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }
}
