package org.securechat.tui.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 of a certificate's DER encoding, held as 64 uppercase hex digits. */
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
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new Fingerprint(HexFormat.of().withUpperCase().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the server certificate", e);
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
