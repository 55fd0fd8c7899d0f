package org.securechat.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** The PEM certificate and key the chat listener presents, and the certificate's fingerprint. */
public record TlsMaterial(Path certificate, Path privateKey, String fingerprint) {

    public static TlsMaterial of(Path certificate, Path privateKey) throws IOException {
        return new TlsMaterial(certificate, privateKey, fingerprintOf(certificate));
    }

    /** SHA-256 of the leaf certificate's DER bytes, as upper-case hex pairs joined by colons. */
    static String fingerprintOf(Path certificate) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate(certificate).getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (CertificateException | NoSuchAlgorithmException e) {
            throw new IOException("cannot read the certificate " + certificate + ": " + e.getMessage(), e);
        }
    }

    /** The first (leaf) certificate of the PEM file. */
    static X509Certificate certificate(Path pem) throws IOException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new IOException("cannot read the certificate " + pem + ": " + e.getMessage(), e);
        }
    }

}
