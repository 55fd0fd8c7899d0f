package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securechat.tui.model.Notice;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;

/** Away from the server and back: the status line, the catch-up, the refused token, and the commands. */
class ReconnectScreenTest {
    private ScriptedSession session;
    private VirtualScreen screen;

    @BeforeEach
    void open() throws Exception {
        session = new ScriptedSession("alice", true, List.of("general"));
        session.history("general", 3);
        screen = VirtualScreen.scripted(session, 100, 30, app -> { });
        screen.waitForText("<bob> msg 3");
    }

    @AfterEach
    void close() throws Exception {
        screen.close();
    }

    /** Notices wrap and scroll in a narrow pane: read them from the buffer the screen draws. */
    private void waitForNotice(String text) {
        screen.waitFor("the notice \"" + text + "\"", shown -> screen.state().currentBuffer().orElseThrow().entries()
                .stream().anyMatch(entry -> entry instanceof Notice notice && notice.text().equals(text)),
                Duration.ofSeconds(10));
    }

    @Test
    void aResumeCatchesUpPageByPageInOrderWithoutDuplicates() {
        session.dropped("the server is restarting", Duration.ofSeconds(4));
        screen.waitForText(" reconnecting (in 4 s…: the server is restarting) | alice@");
        session.history("general", 230); // msg 1..3 again, and 227 more sent while away
        session.resumed();
        // live again: an event of the new session can land before the catch-up's first page
        session.push(new Event.Posted(ScriptedSession.message(200, "general", "bob", "msg 200")));
        screen.waitForText("<bob> msg 230");
        waitForNotice("Resumed.");
        List<Request.History> pages = session.sent(Request.History.class).stream()
                .filter(page -> page.after() != null).toList();
        assertEquals(List.of(3L, 103L, 203L), pages.stream().map(Request.History::after).toList(),
                "after the newest held, then after each page's last");
        List<Long> ids = screen.state().currentBuffer().orElseThrow().entries().stream()
                .filter(org.securechat.tui.model.Message.class::isInstance)
                .map(entry -> ((org.securechat.tui.model.Message) entry).msgId()).toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 230).boxed().toList(), ids,
                "every message once, in order");
        assertTrue(screen.text().contains("online | alice@"), screen.text());
    }

    @Test
    void aLineTypedWhileAwayGoesOutOnceAfterTheResume() {
        session.offline(true);
        session.dropped("connection reset", Duration.ofSeconds(2));
        screen.type("typed while away").press(KeyType.Enter);
        // the status line is cut at this width while the reason is long: the count it would show
        screen.waitFor("one line waiting", shown -> screen.state().outgoing() == 1, Duration.ofSeconds(10));
        session.offline(false);
        session.resumed();
        screen.clock().advance(Duration.ofSeconds(2));
        screen.waitForText("<alice> typed while away");
        String text = screen.text();
        assertEquals(text.indexOf("<alice> typed while away"), text.lastIndexOf("<alice> typed while away"),
                "shown once: " + text);
        assertEquals(0, screen.state().outgoing());
    }

    @Test
    void aRestartSaysItReconnectsAndAStopSaysHowToRetry() {
        session.push(new Event.Shutdown("", true));
        waitForNotice("The server is restarting. Reconnecting by itself.");
        session.push(new Event.Shutdown("maintenance", false));
        waitForNotice("The server has stopped: maintenance. Not reconnecting (/reconnect to try).");
    }

    @Test
    void aRefusedTokenShowsTheLoginFormWithWhy() {
        session.tokenRefused("Your saved session is no longer valid; log in with your password.");
        screen.waitForText("Your saved session is no longer valid; log in with your password.");
        screen.waitForText("Log in");
    }

    @Test
    void logoutReconnectAndRestartCommands() {
        screen.type("/reconnect").press(KeyType.Enter);
        waitForNotice("You are connected.");
        assertEquals(0, session.reconnects(), "no second session while online");

        session.dropped("connection reset", Duration.ofSeconds(8));
        screen.type("/reconnect").press(KeyType.Enter);
        screen.waitForText(" reconnecting (now…) | alice@");
        assertEquals(1, session.reconnects());

        screen.type("/restart upgrade").press(KeyType.Enter);
        Request.Stop stop = session.sent(Request.Stop.class).get(0);
        assertTrue(stop.restart());
        assertEquals("upgrade", stop.reason());
        waitForNotice("The server is restarting; everyone reconnects by themselves.");

        screen.type("/help").press(KeyType.Enter);
        screen.waitFor("the help", shown -> screen.state().currentBuffer().orElseThrow().entries().stream()
                .filter(entry -> entry instanceof Notice notice && (notice.text().startsWith("/logout")
                        || notice.text().startsWith("/restart") || notice.text().startsWith("/reconnect")))
                .count() == 3, Duration.ofSeconds(10));

        screen.type("/logout").press(KeyType.Enter);
        screen.waitForText("You have logged out");
        assertEquals(1, session.logouts());
        assertFalse(screen.text().contains("online | alice@"));
    }
}
