package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securechat.tui.model.OnlineUser;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;

/** The chat screen on a headless terminal, with a scripted session instead of a socket. */
class ChatScreenTest {
    private VirtualScreen screen;
    private ScriptedSession session;

    private void open(boolean admin, List<String> rooms, int columns, int rows) throws Exception {
        session = new ScriptedSession("alice", admin, rooms);
        screen = VirtualScreen.scripted(session, columns, rows, app -> { });
    }

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.close();
        }
    }

    private String lastMessageRow() {
        return screen.row(screen.size().getRows() - 3);
    }

    @Test
    void typedLineIsSentToTheCurrentRoomAndShownWithTimeAndNick() throws Exception {
        open(false, List.of("general"), 100, 30);
        screen.type("hello there").press(KeyType.Enter);
        Request.Send send = session.sent(Request.Send.class).get(0);
        assertEquals("general", send.room());
        assertEquals("hello there", send.text());
        screen.waitForText("<alice> hello there");
        assertTrue(lastMessageRow().matches(".*\\d\\d:\\d\\d <alice> hello there.*"), lastMessageRow());
        assertTrue(screen.text().matches("(?s).*── \\w{3} \\d{1,2} Nov 2026 ─.*"),
                "a day separator precedes the day's messages");
        assertTrue(screen.row(screen.size().getRows() - 1).startsWith("> "), "the command bar is empty again");
    }

    @Test
    void meSendsAnAction() throws Exception {
        open(false, List.of("general"), 100, 30);
        screen.type("/me waves").press(KeyType.Enter);
        assertEquals(Request.Kind.ACTION, session.sent(Request.Send.class).get(0).kind());
        screen.waitForText("* alice waves");
    }

    @Test
    void altNumberCtrlNAndAltArrowsSwitchRoomsAndUnreadCountsShow() throws Exception {
        open(false, List.of("general", "random", "dev"), 100, 30);
        screen.waitForText("2 #general");
        session.push(new Event.Posted(ScriptedSession.message(5, "random", "bob", "over here")));
        screen.waitFor("unread count 1 on #random", text -> text.lines().anyMatch(
                line -> line.startsWith("3 #random") && line.substring(0, 16).trim().endsWith("1")),
                java.time.Duration.ofSeconds(5));
        screen.alt('3');
        screen.waitForText("| #random");
        assertTrue(screen.text().contains("<bob> over here"));
        assertFalse(screen.row(3).substring(0, 16).trim().endsWith("1"), "reading clears the count");
        screen.ctrl('n');
        screen.waitForText("| #dev");
        screen.ctrl('p');
        screen.waitForText("| #random");
        screen.altArrow(KeyType.ArrowLeft);
        screen.waitForText("| #general");
        screen.altArrow(KeyType.ArrowRight);
        screen.waitForText("| #random");
    }

    @Test
    void pageUpScrollsAndLoadsOlderHistoryFromTheServer() throws Exception {
        session = null;
        ScriptedSession scripted = new ScriptedSession("alice", false, List.of("general"));
        scripted.history("general", 120);
        session = scripted;
        screen = new VirtualScreen(100, 30, scripted.connector());
        screen.start("alice", Optional.of(new LoginRequest(new Endpoint("localhost", 7443),
                new Credentials("alice", "password1", "server-pw"), false)));
        screen.waitForText("<bob> msg 120");
        assertFalse(screen.text().contains("<bob> msg 71 "), "only the recent page is loaded");
        for (int i = 0; i < 3; i++) {
            screen.press(KeyType.PageUp);
        }
        List<Request.History> history = session.sent(Request.History.class);
        assertNull(history.get(0).before(), "the first page is the most recent");
        assertEquals(71L, history.get(1).before(), "then older than the oldest held");
        for (int i = 0; i < 12; i++) {
            screen.press(KeyType.PageUp);
        }
        screen.waitForText("<bob> msg 1 ");
        assertTrue(screen.text().contains("scrolled, PgDn"));
        for (int i = 0; i < 20; i++) {
            screen.press(KeyType.PageDown);
        }
        screen.waitForText("<bob> msg 120");
        assertFalse(screen.text().contains("scrolled, PgDn"));
    }

    @Test
    void historyLoadedAtLoginIsNotCountedAsUnread() throws Exception {
        ScriptedSession scripted = new ScriptedSession("alice", false, List.of("general", "random"));
        scripted.history("random", 5);
        session = scripted;
        screen = new VirtualScreen(100, 30, scripted.connector());
        screen.start("alice", Optional.of(new LoginRequest(new Endpoint("localhost", 7443),
                new Credentials("alice", "password1", "server-pw"), false)));
        screen.waitForText("online | alice@localhost:7443");
        assertEquals("2 #random", screen.row(2).substring(0, 16).trim(), "no unread count: " + screen.row(2));
        screen.alt('2');
        screen.waitForText("<bob> msg 5");
    }

    @Test
    void tabCompletesCommandsRoomsAndNicks() throws Exception {
        open(false, List.of("general", "random"), 100, 30);
        session.answer(Request.RoomUsers.class, users -> new Reply.UserList(List.of(new OnlineUser("alice", false),
                new OnlineUser("bernard", false), new OnlineUser("bob", true))));
        session.push(new Event.Presence("bernard", true));
        screen.waitForText("@bob");
        screen.type("/jo").press(KeyType.Tab);
        assertTrue(commandBar().startsWith("> /join "), commandBar());
        screen.type("#ra").press(KeyType.Tab);
        assertTrue(commandBar().startsWith("> /join #random "), commandBar());
        clearBar();
        screen.type("be").press(KeyType.Tab);
        assertTrue(commandBar().startsWith("> bernard: "), commandBar());
        clearBar();
        screen.type("b").press(KeyType.Tab).press(KeyType.Tab);
        assertTrue(commandBar().startsWith("> bob: "), "a second Tab cycles: " + commandBar());
    }

    private String commandBar() {
        return screen.row(screen.size().getRows() - 1);
    }

    private void clearBar() {
        for (int i = 0; i < 30; i++) {
            screen.press(KeyType.Backspace);
        }
    }

    @Test
    void exitLeavesAndUnknownCommandsAreExplained() throws Exception {
        open(false, List.of("general"), 100, 30);
        screen.type("/frobnicate now").press(KeyType.Enter);
        screen.waitForText("unknown command /frobnicate (try /help)");
        assertTrue(commandBar().startsWith("> /frobnicate now"), "kept to fix: " + commandBar());
        clearBar();
        screen.type("exit").press(KeyType.Enter);
        assertEquals(1, session.quits());
    }

    @Test
    void inputHistoryRecallsEarlierLines() throws Exception {
        open(false, List.of("general"), 100, 30);
        screen.type("first").press(KeyType.Enter).type("second").press(KeyType.Enter);
        screen.press(KeyType.ArrowUp).press(KeyType.ArrowUp);
        assertTrue(commandBar().startsWith("> first "), commandBar());
        screen.press(KeyType.ArrowDown);
        assertTrue(commandBar().startsWith("> second "), commandBar());
    }

    @Test
    void nonAdminSeesTheServersForbiddenPlainly() throws Exception {
        open(false, List.of("general"), 100, 30);
        session.refuse(Request.Kick.class, "forbidden", "admins only");
        screen.type("/kick bob").press(KeyType.Enter);
        screen.waitForText("Admins only");
    }

    @Test
    void directMessageOpensABufferAndRingsTheBell() throws Exception {
        open(false, List.of("general"), 100, 30);
        session.push(new Event.Posted(ScriptedSession.directMessage(7, "bob", "alice", "psst")));
        screen.waitFor("an unread DM buffer", text -> text.matches("(?s).*2 @bob +1!│.*"),
                java.time.Duration.ofSeconds(5));
        assertEquals(1, screen.bells());
        session.push(new Event.Posted(ScriptedSession.message(8, "general", "bob", "hey ALICE, look")));
        screen.waitForText("hey ALICE, look");
        assertEquals(2, screen.bells(), "a mention rings too");
        screen.type("/msg bob hi back").press(KeyType.Enter);
        assertEquals("bob", session.sent(Request.Dm.class).get(0).to());
        screen.waitForText("<alice> hi back");
        assertTrue(screen.text().contains("<bob> psst"));
    }

    @Test
    void adminPaneKicksRegeneratesAndStopsAfterConfirmation() throws Exception {
        open(true, List.of("general"), 100, 30);
        session.answer(Request.RoomUsers.class, users -> new Reply.UserList(List.of(new OnlineUser("alice", true),
                new OnlineUser("bob", false))));
        session.answer(Request.Regen.class, regen -> new Reply.NewServerPassword("new-pass-1234"));
        screen.press(KeyType.F2);
        screen.waitForText("kick bob");
        assertTrue(screen.text().contains("Server password: server-pw"), screen.text());
        screen.press(KeyType.ArrowDown).press(KeyType.Enter);
        screen.waitForText("Kick bob?");
        screen.press(KeyType.ArrowLeft).press(KeyType.Enter);
        assertEquals("bob", session.sent(Request.Kick.class).get(0).user());
        screen.press(KeyType.Tab).press(KeyType.Enter);
        screen.waitForText("Server password: new-pass-1234");
        screen.press(KeyType.Tab).press(KeyType.Enter);
        screen.waitForText("Stop the server for everyone?");
        screen.press(KeyType.Enter);
        assertTrue(session.sent(Request.Stop.class).isEmpty(), "No is the default answer");
        screen.press(KeyType.Enter);
        screen.waitForText("Stop the server for everyone?");
        screen.press(KeyType.ArrowLeft).press(KeyType.Enter);
        assertEquals(1, session.sent(Request.Stop.class).size());
    }

    @Test
    void resizesDownTo80x24AndBack() throws Exception {
        open(false, List.of("general", "random"), 140, 40);
        screen.type("a line long enough to need wrapping once the screen is only eighty columns wide, surely")
                .press(KeyType.Enter);
        screen.waitForText("<alice> a line long enough");
        screen.type("draft");
        screen.resize(80, 24);
        screen.waitFor("the status line on row 22", text -> text.lines().toList().get(22).contains("online"),
                java.time.Duration.ofSeconds(5));
        assertTrue(screen.row(23).startsWith("> draft"), "the typed text survives: " + screen.row(23));
        assertTrue(screen.text().contains("columns wide, surely"), "the long line wraps:\n" + screen.text());
        assertTrue(screen.row(1).startsWith("1 #general"), screen.row(1));
        screen.resize(140, 40);
        screen.waitFor("the status line on row 38", text -> text.lines().toList().get(38).contains("online"),
                java.time.Duration.ofSeconds(5));
        assertTrue(screen.row(39).startsWith("> draft"));
    }

    @Test
    void smallScreenOf40x12StillShowsTheMessages() throws Exception {
        open(false, List.of("general"), 40, 12);
        screen.type("hello from a small screen").press(KeyType.Enter);
        screen.waitForText("<alice>");
        String pane = screen.text().lines().map(line -> line.substring(13, 27)).collect(
                java.util.stream.Collectors.joining("\n"));
        assertTrue(pane.matches("(?s).*<alice> *\n *hello *\n *from a *\n *small *\n *screen.*"),
                "the text shows in the 14-column pane, below the time and nick:\n" + screen.text());
    }
}
