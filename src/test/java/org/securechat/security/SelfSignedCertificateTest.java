package org.securechat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The certificate encoder, read back by the JDK's own X.509 parser and signature check. */
class SelfSignedCertificateTest {

    @Test
    void theJdkReadsAndVerifiesWhatIsEncoded() throws Exception {
        KeyPair pair = p256();
        Instant notBefore = Instant.parse("2026-11-23T10:15:30Z");
        Instant notAfter = Instant.parse("2036-11-21T10:15:30Z");
        X509Certificate cert = parse(SelfSignedCertificate.create(pair, "securechat", "localhost", notBefore, notAfter));
        cert.verify(pair.getPublic()); // signed by its own key
        cert.checkValidity(java.util.Date.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(3, cert.getVersion());
        assertEquals("CN=securechat", cert.getSubjectX500Principal().getName());
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertEquals(pair.getPublic(), cert.getPublicKey());
        assertEquals("SHA256withECDSA", cert.getSigAlgName());
        assertEquals(List.of(List.of(2, "localhost")), cert.getSubjectAlternativeNames().stream().map(List::copyOf).toList());
        assertEquals(notBefore, cert.getNotBefore().toInstant());
        assertEquals(notAfter, cert.getNotAfter().toInstant());
        assertEquals(1, cert.getSerialNumber().signum(), "a positive serial number");
        assertEquals(-1, cert.getBasicConstraints(), "not a CA");
        assertTrue(cert.getKeyUsage()[0] && !cert.getKeyUsage()[5], "digital signatures, not certificate signing");
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), cert.getExtendedKeyUsage(), "TLS server authentication");
        assertTrue(cert.getCriticalExtensionOIDs().containsAll(List.of("2.5.29.19", "2.5.29.15")));
    }

    @Test
    void datesFrom2050OnAreGeneralizedTime() throws Exception {
        KeyPair pair = p256();
        Instant notAfter = Instant.parse("2051-06-01T00:00:00Z");
        X509Certificate cert = parse(SelfSignedCertificate.create(pair, "ü-name", "chat.example.org",
                Instant.parse("2049-12-31T23:59:59Z"), notAfter));
        cert.verify(pair.getPublic());
        assertEquals(notAfter, cert.getNotAfter().toInstant());
        assertEquals(Instant.parse("2049-12-31T23:59:59Z"), cert.getNotBefore().toInstant());
        assertEquals("CN=ü-name", cert.getSubjectX500Principal().getName());
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate parse(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
