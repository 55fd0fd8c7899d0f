package org.securechat.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.tui.support.ServerProcess;
import org.securechat.tui.support.VirtualScreen;

/** Two real clients (headless screens) on one real server: rooms, DMs, the users pane, history, refusals. */
class RealServerChatTest {
    @TempDir
    static Path dir;
    static ServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        server = ServerProcess.shared();
    }

    @Test
    void twoPeopleChatInARoomAndDirectlyAndSeeEachOther() throws Exception {
        Path knownHosts = dir.resolve("known_hosts");
        try (VirtualScreen alice = VirtualScreen.connectedTo(server, knownHosts, "alice", "alice-password", true);
             VirtualScreen bob = VirtualScreen.connectedTo(server, knownHosts, "bob", "bob-password-1", true)) {
            alice.waitForText(" bob");
            bob.waitForText(" alice");
            alice.type("hello bob, this is alice").press(KeyType.Enter);
            bob.waitForText("<alice> hello bob, this is alice");
            alice.waitForText("<alice> hello bob, this is alice");

            bob.type("/msg alice a private word").press(KeyType.Enter);
            alice.waitFor("a DM buffer from bob with one unread", text -> text.matches("(?s).*@bob +1!│.*"),
                    Duration.ofSeconds(15));
            assertEquals(1, alice.bells());
            alice.alt('2');
            alice.waitForText("<bob> a private word");

            alice.type("/join Dev-Null").press(KeyType.Enter);
            alice.waitForText("A room name is 1 to 32 of a-z 0-9 _ -");
            alice.press(KeyType.ArrowUp);
            assertTrue(alice.row(29).startsWith("> /join Dev-Null"), "the refused command is one Up away");
        }
    }

    @Test
    void pageUpLoadsOlderHistoryFromTheServer() throws Exception {
        Path knownHosts = dir.resolve("known_hosts_history");
        try (VirtualScreen carol = VirtualScreen.connectedTo(server, knownHosts, "carol", "carol-password", true)) {
            carol.type("/join history").press(KeyType.Enter);
            carol.waitForText("| #history");
            for (int i = 1; i <= 70; i++) {
                carol.type("line " + i + " end").press(KeyType.Enter);
            }
            carol.waitForText("line 70 end");
        }
        try (VirtualScreen again = VirtualScreen.connectedTo(server, knownHosts, "carol", "carol-password", false)) {
            again.alt('2');
            again.waitForText("line 70 end");
            again.pageUpUntil("<carol> line 1 end");
            assertTrue(again.text().contains("scrolled, PgDn"));
        }
    }

    @Test
    void aDmSentWhileYouWereOfflineIsTheFirstThingYouSeeAtLogin() throws Exception {
        Path knownHosts = dir.resolve("known_hosts_offline");
        VirtualScreen.connectedTo(server, knownHosts, "erin", "erin-password", true).close();
        try (VirtualScreen frank = VirtualScreen.connectedTo(server, knownHosts, "frank", "frank-password", true)) {
            frank.type("/msg erin while you were out").press(KeyType.Enter);
            frank.waitForText("<frank> while you were out");
        }
        try (VirtualScreen erin = VirtualScreen.connectedTo(server, knownHosts, "erin", "erin-password", false)) {
            erin.waitFor("the offline DM with its count", text -> text.matches("(?s).*2 @frank +1!│.*"),
                    Duration.ofSeconds(15));
            assertEquals(1, erin.bells(), "it notifies");
            erin.alt('2');
            erin.waitForText("<frank> while you were out");
        }
        try (VirtualScreen erin = VirtualScreen.connectedTo(server, knownHosts, "erin", "erin-password", false)) {
            erin.waitFor("the DM buffer kept, read", text -> text.matches("(?s).*2 @frank +│.*"), Duration.ofSeconds(15));
            assertEquals(0, erin.bells(), "read on the server the last time, so nothing new to notify");
        }
    }

    @Test
    void nonAdminGetsTheServersForbidden() throws Exception {
        try (VirtualScreen dave = VirtualScreen.connectedTo(server, dir.resolve("kh_dave"), "dave", "dave-password",
                true)) {
            dave.type("/regen").press(KeyType.Enter);
            dave.waitForText("Regen is for admins only");
        }
    }
}
