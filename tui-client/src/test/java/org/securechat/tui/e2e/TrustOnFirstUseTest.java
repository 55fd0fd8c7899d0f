package org.securechat.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.net.ChatLink;
import org.securechat.tui.net.LinkListener;
import org.securechat.tui.net.StoredSessions;
import org.securechat.tui.net.TrustSettings;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.support.ServerProcess;
import org.securechat.tui.trust.Fingerprint;
import org.securechat.tui.trust.FirstUsePrompt;
import org.securechat.tui.trust.KnownHosts;
import org.securechat.tui.trust.UntrustedServerException;

/** TLS to the real server, trusted like SSH: ask on first use, pin, refuse a changed fingerprint. */
class TrustOnFirstUseTest {
    @TempDir
    static Path dir;
    static ServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        server = ServerProcess.shared();
    }

    private static final LinkListener QUIET = new LinkListener() {
        public void onLoggedIn(Reply.LoggedIn reply, boolean reconnected) { }
        public void onEvent(Event event) { }
        public void onDisconnected(String reason, Duration retryIn) { }
        public void onEnded(String reason) { }
        public void onSignedOut(String reason) { }
    };

    private static ChatLink link(KnownHosts hosts, Optional<Fingerprint> expected, FirstUsePrompt prompt) {
        return new ChatLink(server.endpoint(), new TrustSettings(hosts, expected, prompt),
                new Credentials(ServerProcess.ADMIN, ServerProcess.ADMIN_PASSWORD, server.serverPassword()), QUIET,
                StoredSessions.beside(hosts.file()));
    }

    @Test
    void firstUseAsksAndPinsTheFingerprintTheServerPrinted() throws Exception {
        KnownHosts hosts = new KnownHosts(dir.resolve("first/known_hosts"));
        AtomicReference<Fingerprint> asked = new AtomicReference<>();
        ChatLink first = link(hosts, Optional.empty(), (host, port, fingerprint) -> {
            asked.set(fingerprint);
            return true;
        });
        first.start(false);
        first.quit();
        assertEquals(server.fingerprint(), asked.get());
        assertEquals(Optional.of(server.fingerprint()), hosts.lookup("localhost", server.port()));

        ChatLink second = link(hosts, Optional.empty(), (host, port, fingerprint) -> {
            throw new AssertionError("a pinned server is not asked about again");
        });
        second.start(false);
        second.quit();
    }

    @Test
    void refusingOnFirstUseDoesNotConnectOrPin() {
        KnownHosts hosts = new KnownHosts(dir.resolve("refused/known_hosts"));
        IOException error = assertThrows(IOException.class,
                () -> link(hosts, Optional.empty(), FirstUsePrompt.REFUSE).start(false));
        assertNotNull(UntrustedServerException.findIn(error));
        assertEquals(Optional.empty(), hosts.lookup("localhost", server.port()));
    }

    @Test
    void aChangedFingerprintIsRefusedWithAClearWarning() throws Exception {
        Path file = dir.resolve("changed/known_hosts");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "localhost:" + server.port() + " " + "00:".repeat(31) + "00\n");
        IOException error = assertThrows(IOException.class,
                () -> link(new KnownHosts(file), Optional.empty(), (h, p, f) -> true).start(false));
        String warning = UntrustedServerException.findIn(error).getMessage();
        assertTrue(warning.contains("HAS CHANGED"), warning);
        assertTrue(warning.contains(server.fingerprint().toString()), warning);
    }

    @Test
    void trustFingerprintAcceptsThePrintedFormInAnyCaseAndRefusesAnother() throws Exception {
        KnownHosts hosts = new KnownHosts(dir.resolve("given/known_hosts"));
        Fingerprint typed = Fingerprint.parse(server.fingerprint().toString().replace(":", "").toLowerCase());
        ChatLink ok = link(hosts, Optional.of(typed), FirstUsePrompt.REFUSE);
        ok.start(false);
        ok.quit();
        assertEquals(Optional.of(server.fingerprint()), hosts.lookup("localhost", server.port()));
        Fingerprint other = Fingerprint.parse("AB".repeat(32));
        IOException error = assertThrows(IOException.class,
                () -> link(hosts, Optional.of(other), FirstUsePrompt.REFUSE).start(false));
        assertTrue(UntrustedServerException.findIn(error).getMessage().contains("--trust-fingerprint"));
    }
}
