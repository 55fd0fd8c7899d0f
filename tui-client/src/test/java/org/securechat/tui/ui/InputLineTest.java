package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securechat.tui.protocol.Request;
import org.securechat.tui.protocol.ServerError;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;

/** The input: readline keys, several lines, pastes, and sends that never lose or mangle what was typed. */
class InputLineTest {
    private ScriptedSession session;
    private VirtualScreen screen;

    @BeforeEach
    void open() throws Exception {
        session = new ScriptedSession("alice", false, List.of("general"));
        screen = VirtualScreen.loggedIn(session, "alice");
    }

    @AfterEach
    void close() throws Exception {
        screen.close();
    }

    private String input() {
        return screen.row(29).stripTrailing();
    }

    /** Types a marker where the cursor is, reads the line, and takes the marker out again. */
    private String withCursor() {
        screen.type("|");
        String shown = input();
        screen.press(KeyType.Backspace);
        return shown;
    }

    @Test
    void cursorMovesByLineWordAndGrapheme() {
        screen.type("one two three");
        screen.ctrl('a');
        assertEquals("> |one two three", withCursor(), "Ctrl+A");
        screen.ctrl('e');
        assertEquals("> one two three|", withCursor(), "Ctrl+E");
        screen.ctrl('b').ctrl('b');
        assertEquals("> one two thr|ee", withCursor(), "Ctrl+B");
        screen.ctrl('f');
        assertEquals("> one two thre|e", withCursor(), "Ctrl+F");
        screen.alt('b');
        assertEquals("> one two |three", withCursor(), "Alt+B");
        screen.alt('b');
        assertEquals("> one |two three", withCursor());
        screen.alt('f');
        assertEquals("> one two| three", withCursor(), "Alt+F");
        screen.press(KeyType.Home);
        assertEquals("> |one two three", withCursor(), "Home");
        screen.press(KeyType.End);
        assertEquals("> one two three|", withCursor(), "End");
    }

    @Test
    void leftRightAndBackspaceTakeAWholeGraphemeCluster() {
        screen.type("a👨‍👩‍👧‍👦🇫🇷e\u0301b");
        screen.press(KeyType.ArrowLeft).press(KeyType.ArrowLeft);
        assertEquals("> a👨FR|éb", withCursor(), "over b, then over e + U+0301 at once");
        screen.press(KeyType.ArrowLeft);
        assertEquals("> a👨|FRéb", withCursor(), "the flag is one step");
        screen.press(KeyType.Backspace);
        assertEquals("> a|FRéb", withCursor(), "the family goes in one Backspace");
        screen.press(KeyType.ArrowRight);
        assertEquals("> aFR|éb", withCursor());
        screen.press(KeyType.Delete);
        assertEquals("> aFR|b", withCursor(), "Delete takes the letter and its mark");
    }

    @Test
    void killAndYankKeys() {
        screen.type("alpha beta gamma");
        screen.ctrl('w');
        assertEquals("> alpha beta", input(), "Ctrl+W cuts the word before");
        screen.ctrl('w');
        assertEquals("> alpha", input());
        screen.ctrl('y');
        assertEquals("> alpha beta gamma", input(), "Ctrl+Y brings back both words: kills in a row make one entry");
        screen.ctrl('a').alt('d');
        assertEquals(">  beta gamma", input(), "Alt+D cuts the next word");
        screen.alt('f').ctrl('k');
        assertEquals(">  beta", input(), "Ctrl+K cuts to the end");
        screen.ctrl('u');
        assertEquals(">", input(), "Ctrl+U cuts to the start");
        screen.ctrl('y');
        assertEquals(">  beta gamma", input(), "Ctrl+K then Ctrl+U made one entry, as in readline");
    }

    @Test
    void upAndDownRecallSentLinesAndKeepTheDraft() {
        screen.type("first").press(KeyType.Enter).type("second").press(KeyType.Enter).type("draft");
        screen.press(KeyType.ArrowUp);
        assertEquals("> second", input());
        screen.press(KeyType.ArrowUp);
        assertEquals("> first", input());
        screen.press(KeyType.ArrowDown).press(KeyType.ArrowDown);
        assertEquals("> draft", input(), "the draft is not lost by browsing the history");
    }

    @Test
    void altEnterAndCtrlJMakeAMultiLineMessage() {
        screen.type("line one").altEnter().type("line two").ctrl('j').type("line three");
        assertEquals("> line one", screen.row(27).stripTrailing(), "the input grew to three rows");
        assertEquals("  line two", screen.row(28).stripTrailing());
        assertEquals("  line three", input());
        assertTrue(screen.row(26).contains("online"), "the status line moved up: " + screen.row(26));
        screen.press(KeyType.ArrowUp).type("|");
        assertEquals("  line two|", screen.row(28).stripTrailing(), "Up moves within the text first");
        screen.press(KeyType.Backspace);
        screen.press(KeyType.Enter);
        assertEquals(List.of("line one\nline two\nline three"),
                session.sent(Request.Send.class).stream().map(Request.Send::text).toList());
        screen.waitForText("<alice> line one");
        assertTrue(screen.text().contains("line three"), screen.text());
        assertEquals(">", input(), "the input is one empty row again");
    }

    @Test
    void aTallInputScrollsToKeepTheCursorInSight() {
        for (int i = 1; i <= 12; i++) {
            screen.type("row " + i);
            if (i < 12) {
                screen.altEnter();
            }
        }
        assertEquals("  row 12", input(), "the cursor's row is shown");
        assertEquals("  row 5", screen.row(22).stripTrailing(), "eight rows at most: rows 5 to 12");
        assertTrue(screen.row(21).contains("online"), screen.row(21));
        screen.ctrl('a');
        for (int i = 0; i < 11; i++) {
            screen.press(KeyType.ArrowUp);
        }
        assertEquals("> row 1", screen.row(22).stripTrailing(), "scrolled back to the first row");
    }

    @Test
    void aPastedBurstOfLinesBecomesOneMessageInTheInput() {
        screen.paste("first line\nsecond\tline\nthird line\n");
        assertTrue(session.sent(Request.Send.class).isEmpty(), "a paste sends nothing by itself");
        assertEquals("> first line", screen.row(27).stripTrailing());
        assertEquals("  third line", input(), "the paste's final line break is dropped");
        screen.press(KeyType.Enter);
        assertEquals(List.of("first line\nsecond\tline\nthird line"),
                session.sent(Request.Send.class).stream().map(Request.Send::text).toList());
    }

    @Test
    void aSinglePastedLineIsSentAsTypedLinesAre() {
        screen.paste("just one line\n");
        assertEquals(List.of("just one line"), session.sent(Request.Send.class).stream().map(Request.Send::text)
                .toList());
    }

    @Test
    void aLongPasteAsksBeforeItIsSent() {
        String thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> "pasted " + i).collect(Collectors.joining("\n"));
        screen.paste(thirty);
        screen.press(KeyType.Enter);
        screen.waitForText("Send these 30 lines as one message?");
        screen.press(KeyType.Enter);
        assertTrue(session.sent(Request.Send.class).isEmpty(), "Keep editing is the default");
        assertTrue(input().endsWith("pasted 30"), "the text is still there: " + input());
        screen.press(KeyType.Enter);
        screen.waitForText("Send these 30 lines as one message?");
        screen.press(KeyType.ArrowLeft).press(KeyType.Enter);
        assertEquals(List.of(thirty), session.sent(Request.Send.class).stream().map(Request.Send::text).toList());
    }

    @Test
    void aMessageOverTheLimitIsRefusedAndKept() {
        screen.paste("x".repeat(4100));
        screen.press(KeyType.Enter);
        screen.waitForText("Not sent: the message has 4,100 characters, 100 more");
        screen.waitForText("than the 4,000 a message can hold.");
        assertTrue(session.sent(Request.Send.class).isEmpty());
        screen.ctrl('u');
        screen.type("/quit").press(KeyType.Enter);
        assertEquals(1, session.quits(), "the kept text is cleared by Ctrl+U and /quit then quits");
    }

    @Test
    void aLineTheServerRefusesGoesToTheHistoryNotIntoWhatIsTypedNext() {
        session.refuse(Request.Send.class, "bad_request", "text has a control character");
        screen.type("the refused words").press(KeyType.Enter);
        screen.waitForText("Not sent to #general: \"the refused words\":");
        screen.waitForText("control character. Up brings it back to edit.");
        assertEquals(">", input(), "nothing is put into the input behind the person's back");
        screen.type("/quit").press(KeyType.Enter);
        assertEquals(1, session.quits(), "/quit is a command, not part of the refused message");
        screen.press(KeyType.ArrowUp).press(KeyType.ArrowUp);
        assertEquals("> the refused words", input());
    }

    @Test
    void floodControlQueuesInOrderShowsTheCountAndSendsLater() {
        AtomicBoolean limited = new AtomicBoolean(true);
        session.answer(Request.Send.class, send -> {
            if (limited.get()) {
                throw new ServerError("rate_limited", "slow down", 2);
            }
            return new org.securechat.tui.protocol.Reply.Sent(ScriptedSession.message(
                    2000 + session.sent(Request.Send.class).size(), "general", "alice", send.text()));
        });
        screen.type("one").press(KeyType.Enter).type("two").press(KeyType.Enter).type("three").press(KeyType.Enter);
        screen.waitForText("| 3 to send");
        assertTrue(screen.text().contains("Flood control"), screen.text());
        assertEquals(List.of("one"), session.sent(Request.Send.class).stream().map(Request.Send::text).toList(),
                "only the head is tried while held, so the order stays");
        limited.set(false);
        screen.clock().advance(Duration.ofSeconds(2));
        screen.pump();
        screen.waitForText("<alice> three");
        assertEquals(List.of("one", "one", "two", "three"),
                session.sent(Request.Send.class).stream().map(Request.Send::text).toList());
        assertFalse(screen.text().contains("to send"), screen.text());
        String text = screen.text();
        assertTrue(text.indexOf("<alice> one") < text.indexOf("<alice> two")
                && text.indexOf("<alice> two") < text.indexOf("<alice> three"), text);
    }

    @Test
    void aLineTypedWhileTheConnectionIsDownWaitsAndGoesWhenItIsBack() {
        session.offline(true);
        screen.type("said while offline").press(KeyType.Enter);
        screen.waitForText("| 1 to send");
        screen.waitForText("Not connected: waiting messages go out when the");
        session.offline(false);
        screen.clock().advance(Duration.ofSeconds(1));
        screen.waitForText("<alice> said while offline");
        assertFalse(screen.text().contains("to send"));
    }

    @Test
    void ctrlLRepaintsWhatSomethingElseScribbledOver() {
        String status = screen.row(28);
        screen.scribble(0, 28, "GARBAGE FROM ANOTHER PROGRAM");
        assertTrue(screen.row(28).startsWith("GARBAGE"));
        screen.ctrl('l');
        assertEquals(status, screen.row(28));
    }
}
