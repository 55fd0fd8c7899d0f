package org.securechat.tui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
