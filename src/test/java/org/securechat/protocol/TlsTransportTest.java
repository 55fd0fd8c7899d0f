package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The transport a user's client meets: TLS 1.3, the pinned self-signed certificate, the welcome frame. */
@QuarkusTest
class TlsTransportTest extends ProtocolTestBase {
    @ConfigProperty(name = "chat.data-dir")
    String dataDir;

    @Test
    void negotiatesTls13AndGreetsWithTheWelcomeFrame() {
        WireClient client = connect();
        assertEquals("TLSv1.3", client.tlsSession().getProtocol());
        JsonNode welcome = client.welcome();
        assertEquals(1, welcome.path("protocol").asInt(), welcome::toString);
        assertTrue(welcome.path("server").asText().startsWith("securechat/"), welcome::toString);
        assertTrue(welcome.path("server_password_required").asBoolean(), welcome::toString);
    }

    @Test
    void presentsTheCertificateOfItsDataDirSoClientsCanPinIt() throws Exception {
        X509Certificate onFile;
        try (InputStream pem = Files.newInputStream(Path.of(dataDir, "tls-cert.pem"))) {
            onFile = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
        X509Certificate presented = connect().presentedCertificate();
        assertArrayEquals(sha256(onFile.getEncoded()), sha256(presented.getEncoded()),
                "the SHA-256 fingerprint a client pins is that of the certificate in the data dir");
        assertEquals(presented.getSubjectX500Principal(), presented.getIssuerX500Principal(), "self-signed");
        presented.verify(presented.getPublicKey());
        assertEquals("SHA256withECDSA", presented.getSigAlgName(), "an ECDSA P-256 key: cheap to make and to handshake with");
        assertEquals(List.of(List.of(2, "localhost")), presented.getSubjectAlternativeNames().stream().map(List::copyOf).toList());
        long validDays = Duration.between(presented.getNotBefore().toInstant(), presented.getNotAfter().toInstant()).toDays();
        assertTrue(validDays <= 398, "valid at most 397 days (and a day's margin), not " + validDays + " days");
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), presented.getExtendedKeyUsage(), "for TLS server authentication");
        assertTrue(presented.getKeyUsage()[0], "for digital signatures");
        assertEquals(-1, presented.getBasicConstraints(), "not a CA");
    }

    @Test
    void offersTls12OnlyWithForwardSecrecyAndAnAead() {
        assertEquals("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", connect(Dial.DEFAULT.protocols("TLSv1.2")
                .suites("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")).tlsSession().getCipherSuite());
        for (String weak : List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA")) {
            assertThrows(UncheckedIOException.class, () -> connect(Dial.DEFAULT.protocols("TLSv1.2").suites(weak)),
                    weak + " is refused");
        }
        connect().sync();
    }

    @Test
    void acceptsTls12AsTheMinimum() {
        assertEquals("TLSv1.2", connect(Dial.DEFAULT.protocols("TLSv1.2")).tlsSession().getProtocol());
    }

    @Test
    void refusesAClientThatOffersOnlyTls11() throws Exception {
        byte[] answer = LegacyClientHello.offer(listener.port());
        assertEquals(7, answer.length, "an alert record: 5 bytes of header, level and description");
        assertEquals(LegacyClientHello.ALERT, answer[0], "not a handshake: the server refuses TLS 1.1");
        assertEquals(LegacyClientHello.PROTOCOL_VERSION_ALERT, answer[6], "alert: protocol_version");
        connect().sync(); // the listener still serves after refusing
    }

    private static byte[] sha256(byte[] der) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(der);
    }
}
