package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.OnlineUser;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.protocol.Reply;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;

/** The panes that follow the conversations: unread and mention counts, the marker line, members, notifications. */
class ConversationsScreenTest {
    private VirtualScreen screen;
    private ScriptedSession session;
    private final ByteArrayOutputStream terminalOut = new ByteArrayOutputStream();

    private void open(List<String> rooms, List<Reply.ConversationInfo> conversations, Notifier.Mode notify)
            throws Exception {
        session = new ScriptedSession("alice", false, rooms);
        session.answer(Request.Conversations.class, page -> new Reply.ConversationList(conversations, false));
        screen = VirtualScreen.scripted(session, 100, 30,
                app -> app.notifyWith(new Notifier(terminalOut, notify, app::bell)));
    }

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.close();
        }
    }

    private void waitForRow(String what, String regex) {
        screen.waitFor(what, text -> text.lines().anyMatch(line -> line.matches(regex)), Duration.ofSeconds(5));
    }

    @Test
    void anOfflineDmIsThereAtLoginWithItsCountAndANotification() throws Exception {
        open(List.of("general"), List.of(
                new Reply.ConversationInfo(BufferId.dm("bob"), 7, 0, 2),
                new Reply.ConversationInfo(BufferId.room("general"), 0, 0, 0)), Notifier.Mode.BELL);
        waitForRow("the DM buffer with its count", "2 @bob +2!│.*");
        assertEquals(1, screen.bells(), "an unread DM at login notifies");
        assertTrue(screen.text().contains("act: 2!"), screen.text());
    }

    @Test
    void theMarkerLineFollowsWhatWasReadAndViewingMarksTheRestRead() throws Exception {
        open(List.of("general"), List.of(new Reply.ConversationInfo(BufferId.room("general"), 5, 3, 2)),
                Notifier.Mode.OFF);
        session.history("general", 5);
        screen.app().state().switchTo(BufferId.room("general")); // entered again now that history is scripted
        screen.type("/clear").press(KeyType.Enter);
        screen.type("/join general").press(KeyType.Enter);
        screen.waitForText("<bob> msg 5");
        List<String> lines = screen.text().lines().toList();
        int marker = indexOf(lines, "── new messages");
        assertTrue(marker > indexOf(lines, "<bob> msg 3") && marker < indexOf(lines, "<bob> msg 4"), screen.text());
        screen.waitFor("mark_read sent", text -> !session.sent(Request.MarkRead.class).isEmpty(), Duration.ofSeconds(5));
        Request.MarkRead mark = session.sent(Request.MarkRead.class).get(0);
        assertEquals(new Request.MarkRead(BufferId.room("general"), 5), mark);
    }

    @Test
    void aReadMarkerFromAnotherSessionClearsTheCount() throws Exception {
        open(List.of("general", "random"), List.of(), Notifier.Mode.OFF);
        session.push(new Event.Posted(ScriptedSession.message(11, "random", "bob", "one")));
        session.push(new Event.Posted(ScriptedSession.message(12, "random", "bob", "two")));
        waitForRow("two unread", "2 #random +2│.*");
        session.push(new Event.ReadMarker(BufferId.room("random"), 11));
        waitForRow("one unread", "2 #random +1│.*");
        session.push(new Event.ReadMarker(BufferId.room("random"), 12));
        waitForRow("none unread", "2 #random +│.*");
        assertFalse(screen.text().contains("act:"), screen.text());
    }

    @Test
    void buffersKeepTheirNumbersWhateverArrives() throws Exception {
        open(List.of("general", "random"), List.of(), Notifier.Mode.OFF);
        session.push(new Event.Posted(ScriptedSession.directMessage(20, "zed", "alice", "z")));
        waitForRow("zed third", "3 @zed.*");
        session.push(new Event.Posted(ScriptedSession.directMessage(21, "abe", "alice", "a")));
        waitForRow("abe fourth", "4 @abe.*");
        assertTrue(screen.text().lines().anyMatch(line -> line.startsWith("3 @zed")), screen.text());
        assertTrue(screen.text().lines().anyMatch(line -> line.startsWith("1 #general")), screen.text());
    }

    @Test
    void theUsersPaneShowsTheCurrentRoomsMembersWithAway() throws Exception {
        open(List.of("general", "random"), List.of(), Notifier.Mode.OFF);
        session.answer(Request.RoomUsers.class, users -> new Reply.UserList(users.room().equals("random")
                ? List.of(new OnlineUser("alice", false), new OnlineUser("carol", false, "at lunch"))
                : List.of(new OnlineUser("alice", false), new OnlineUser("bob", true))));
        screen.alt('2');
        screen.waitForText("carol (away)");
        assertFalse(screen.text().contains("@bob"), "bob is not in #random: " + screen.text());
        assertTrue(session.sent(Request.RoomUsers.class).stream().anyMatch(r -> r.room().equals("random")));
        screen.alt('1');
        screen.waitForText("@bob");
        session.answer(Request.RoomUsers.class, users -> new Reply.UserList(List.of(new OnlineUser("alice", false),
                new OnlineUser("bob", true, "brb"))));
        session.push(new Event.Presence("bob", true, null, "brb"));
        screen.waitForText("@bob (away)");
    }

    @Test
    void mentionsAreHighlightedAndCountedApartAndNotifyByOsc777() throws Exception {
        open(List.of("general", "random"), List.of(), Notifier.Mode.OSC777);
        screen.type("/highlight deploy").press(KeyType.Enter);
        session.push(new Event.Posted(ScriptedSession.message(30, "random", "bob", "plain chatter")));
        session.push(new Event.Posted(ScriptedSession.message(31, "random", "bob", "the deploy is done")));
        waitForRow("a mention counted", "2 #random +2!│.*");
        assertTrue(screen.text().contains("act: 2!"), screen.text());
        String written = terminalOut.toString(StandardCharsets.UTF_8);
        assertEquals("\u001b]777;notify;bob in #random;the deploy is done\u0007", written);
        assertEquals(0, screen.bells(), "the notification replaces the bell");

        screen.alt('2');
        screen.waitForText("the deploy is done");
        int row = rowOf("the deploy is done");
        int column = screen.row(row).indexOf("the deploy");
        assertEquals(TextColor.ANSI.YELLOW_BRIGHT, screen.cell(column, row).getForegroundColor(), "the mention stands out");
        int plainRow = rowOf("plain chatter");
        int plainColumn = screen.row(plainRow).indexOf("plain");
        assertEquals(TextColor.ANSI.DEFAULT, screen.cell(plainColumn, plainRow).getForegroundColor());
    }

    @Test
    void aNotificationCarriesNoControlCharacterOfTheSender() throws Exception {
        open(List.of("general"), List.of(), Notifier.Mode.OSC9);
        session.push(new Event.Posted(ScriptedSession.directMessage(40, "bob", "alice", "hi\u0007\u001b]0;pwned\u009c")));
        screen.waitFor("the notification", text -> terminalOut.size() > 0, Duration.ofSeconds(5));
        assertEquals("\u001b]9;bob: hi  ]0;pwned \u0007", terminalOut.toString(StandardCharsets.UTF_8));
    }

    @Test
    void joinAndQuitLinesShowUntilHidden() throws Exception {
        open(List.of("general"), List.of(), Notifier.Mode.OFF);
        session.answer(Request.RoomUsers.class, users -> new Reply.UserList(List.of(new OnlineUser("alice", false),
                new OnlineUser("bob", false))));
        session.push(new Event.Joined("general", "bob"));
        screen.waitForText("bob joined #general");
        screen.waitForText(" bob");
        session.push(new Event.Presence("bob", false, "quit", null));
        screen.waitForText("bob quit (quit)");
        screen.type("/joins off").press(KeyType.Enter);
        screen.waitForText("Join, leave and quit lines are hidden.");
        session.push(new Event.Joined("general", "dave"));
        session.push(new Event.Left("general", "dave"));
        screen.type("/away gone fishing").press(KeyType.Enter);
        screen.waitForText("You are away: gone fishing");
        assertEquals("gone fishing", session.sent(Request.Away.class).get(0).text());
        assertFalse(screen.text().contains("dave"), screen.text());
    }

    @Test
    void f2IsForAdminsOnly() throws Exception {
        open(List.of("general"), List.of(), Notifier.Mode.OFF);
        screen.press(KeyType.F2);
        screen.waitForText("the admin pane is for admins");
        assertFalse(screen.text().contains("Server password"), screen.text());
    }

    private int rowOf(String text) {
        for (int row = 0; row < screen.size().getRows(); row++) {
            if (screen.row(row).contains(text)) {
                return row;
            }
        }
        throw new AssertionError(text + " not on screen:\n" + screen.text());
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
