package org.securechat.tui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinningTrustManagerTest {
    private static final String PRINTED =
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";

    @Test
    void fingerprintAcceptsTheServersFormColonsOrNotAnyCase() {
        Fingerprint printed = Fingerprint.parse(PRINTED);
        assertEquals(printed, Fingerprint.parse(PRINTED.replace(":", "").toLowerCase()));
        assertEquals(PRINTED, printed.toString());
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse("AB:CD"));
    }

    @Test
    void knownHostsPinsAndReplacesPerHostAndPort(@TempDir Path dir) {
        KnownHosts hosts = new KnownHosts(dir.resolve("sub/known_hosts"));
        Fingerprint one = Fingerprint.parse(PRINTED);
        Fingerprint two = Fingerprint.parse(PRINTED.replace("AB", "00"));
        hosts.pin("Chat.Example", 7443, one);
        hosts.pin("chat.example", 7444, two);
        assertEquals(Optional.of(one), hosts.lookup("chat.example", 7443));
        hosts.pin("chat.example", 7443, two);
        assertEquals(Optional.of(two), hosts.lookup("chat.example", 7443));
        assertEquals(Optional.empty(), hosts.lookup("other", 7443));
    }

    /** A server's renewal on the same key, as the securechat server renews its own certificate, is taken silently. */
    @Test
    void aRenewedCertificateOnThePinnedKeyIsTakenAndAnotherKeyIsNot(@TempDir Path dir) throws Exception {
        Certificates certificates = new Certificates(dir);
        X509Certificate first = certificates.make("server");
        X509Certificate renewed = certificates.renew("server");
        X509Certificate impostor = certificates.make("impostor");
        KnownHosts hosts = new KnownHosts(dir.resolve("known_hosts"));
        FirstUsePrompt yes = (host, port, fingerprint) -> true;
        new PinningTrustManager("chat", 7443, hosts, Optional.empty(), yes).checkServerTrusted(
                new X509Certificate[] {first}, "ECDHE_ECDSA");

        new PinningTrustManager("chat", 7443, hosts, Optional.empty(), yes).checkServerTrusted(
                new X509Certificate[] {renewed}, "ECDHE_ECDSA");
        assertEquals(Optional.of(Fingerprint.of(renewed)), hosts.lookup("chat", 7443), "the renewed one is pinned now");
        assertThrows(UntrustedServerException.class, () -> new PinningTrustManager("chat", 7443, hosts,
                Optional.empty(), yes).checkServerTrusted(new X509Certificate[] {impostor}, "ECDHE_ECDSA"));
    }

    @Test
    void aLineWithoutAKeyStillPinsTheCertificate(@TempDir Path dir) throws Exception {
        Certificates certificates = new Certificates(dir);
        X509Certificate first = certificates.make("server");
        X509Certificate renewed = certificates.renew("server");
        KnownHosts hosts = new KnownHosts(dir.resolve("known_hosts"));
        hosts.pin("chat", 7443, Fingerprint.of(first)); // as a client before key pinning wrote it
        FirstUsePrompt no = (host, port, fingerprint) -> false;
        new PinningTrustManager("chat", 7443, hosts, Optional.empty(), no).checkServerTrusted(
                new X509Certificate[] {first}, "ECDHE_ECDSA");
        assertEquals(Optional.of(Fingerprint.ofKey(first)), hosts.lookupKey("chat", 7443), "the key is added");
        new PinningTrustManager("chat", 7443, hosts, Optional.empty(), no).checkServerTrusted(
                new X509Certificate[] {renewed}, "ECDHE_ECDSA");
    }

    @Test
    void knownHostsLocationCanBeOverridden(@TempDir Path dir) {
        String previous = System.getProperty(KnownHosts.PROPERTY);
        System.setProperty(KnownHosts.PROPERTY, dir.resolve("kh").toString());
        try {
            assertEquals(dir.resolve("kh"), KnownHosts.defaultLocation().file());
        } finally {
            if (previous == null) {
                System.clearProperty(KnownHosts.PROPERTY);
            } else {
                System.setProperty(KnownHosts.PROPERTY, previous);
            }
        }
        assertTrue(KnownHosts.defaultLocation().file().toString().endsWith(".config/securechat/known_hosts")
                || System.getenv(KnownHosts.ENV) != null);
    }
}
