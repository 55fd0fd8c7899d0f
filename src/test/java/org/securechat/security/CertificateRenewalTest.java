package org.securechat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated certificate lives 397 days and is made again, for the same key, in its last 30. */
class CertificateRenewalTest {
    @TempDir
    Path dir;

    @Test
    void aCertificateInItsLastThirtyDaysIsRenewedForTheSameKey() throws Exception {
        KeyPair pair = write(Instant.now().plus(Duration.ofDays(10)));
        X509Certificate before = TlsMaterial.certificate(dir.resolve("cert.pem"));
        TlsMaterialSource.renewIfEnding(dir.resolve("cert.pem"), dir.resolve("key.pem"));
        X509Certificate after = TlsMaterial.certificate(dir.resolve("cert.pem"));
        assertNotEquals(before, after);
        assertEquals(pair.getPublic(), after.getPublicKey(), "the same key: a client that pins it takes the new one");
        long days = Duration.between(Instant.now(), after.getNotAfter().toInstant()).toDays();
        assertTrue(days >= 396 && days <= 397, days + " days left");
        after.verify(pair.getPublic());
    }

    @Test
    void aCertificateWithMoreLeftIsKept() throws Exception {
        write(Instant.now().plus(Duration.ofDays(100)));
        String before = Files.readString(dir.resolve("cert.pem"));
        TlsMaterialSource.renewIfEnding(dir.resolve("cert.pem"), dir.resolve("key.pem"));
        assertEquals(before, Files.readString(dir.resolve("cert.pem")));
    }

    private KeyPair write(Instant notAfter) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        byte[] cert = SelfSignedCertificate.create(pair, "securechat", "localhost",
                notAfter.minus(Duration.ofDays(397)), notAfter);
        Files.writeString(dir.resolve("cert.pem"), TlsMaterialSource.pem("CERTIFICATE", cert), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("key.pem"), TlsMaterialSource.pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                StandardCharsets.US_ASCII);
        return pair;
    }
}
