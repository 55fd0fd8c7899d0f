package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;

/** Every kind of troublesome cluster, drawn without moving or overwriting a cell that is not its own. */
class GraphemeTortureTest {
    /** The message pane at 100 columns: rooms 0-15, rule 16, messages 17-82, rule 83, users from 84. */
    private static final int LEFT = 17;
    private static final int RULE = 83;
    static final String TORTURE = "A👨‍👩‍👧‍👦B🇫🇷C1️⃣D❤️Ee\u0301F\u200BG\u200DH漢字Iשלום Jสวัสดี K";
    /** What the screen shows for it, one entry per cell a cluster starts in ("" for a wide one's right half). */
    private static final List<String> CELLS = List.of("A", "👨", "", "B", "F", "R", "C", "1", "D", "❤", "E", "é",
            "F", "G", "H", "漢", "", "字", "", "I", "ש", "ל", "ו", "ם", " ", "J", "ส", "ว", "ส", "ด", " ", "K");

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

    @Test
    void tortureLineKeepsEveryNeighbouringCellInPlace() {
        session.push(new Event.Posted(ScriptedSession.message(9, "general", "bob", TORTURE)));
        session.push(new Event.Posted(ScriptedSession.message(10, "general", "bob", "next line intact")));
        screen.waitForText("next line intact");
        int row = rowWith("<bob> A");
        int start = LEFT + "10:09 <bob> ".length();
        for (int i = 0; i < CELLS.size(); i++) {
            if (!CELLS.get(i).isEmpty()) {
                assertEquals(CELLS.get(i), screen.cell(start + i, row).getCharacterString(), "cell " + i + " of "
                        + screen.row(row));
            }
        }
        for (int column = start + CELLS.size(); column < RULE; column++) {
            assertEquals(" ", screen.cell(column, row).getCharacterString(), "blank after the line, column " + column);
        }
        assertEquals("│", screen.cell(RULE, row).getCharacterString(), "the users pane's rule is untouched");
        assertEquals("│", screen.cell(LEFT - 1, row).getCharacterString(), "the rooms pane's rule is untouched");
        assertTrue(screen.row(row + 1).substring(LEFT).startsWith("10:10 <bob> next line intact "),
                screen.row(row + 1));
    }

    @Test
    void wideTextWrapsByWidthInsideThePane() {
        String wide = "漢字👨‍👩‍👧‍👦🇫🇷".repeat(12);
        session.push(new Event.Posted(ScriptedSession.message(9, "general", "bob", wide)));
        session.push(new Event.Posted(ScriptedSession.message(10, "general", "bob", "after")));
        screen.waitForText("after");
        int first = rowWith("<bob> 漢");
        int last = rowWith("<bob> after") - 1;
        assertTrue(last > first, "the line wraps:\n" + screen.text());
        int drawn = 0;
        for (int row = first; row <= last; row++) {
            assertEquals("│", screen.cell(RULE, row).getCharacterString(), "rule intact on row " + row);
            assertEquals("│", screen.cell(LEFT - 1, row).getCharacterString());
            drawn += count(screen.row(row), "漢");
        }
        assertEquals(12, drawn, "every cluster is drawn once, none cut at the edge:\n" + screen.text());
    }

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    private int rowWith(String text) {
        List<String> lines = screen.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not on screen:\n" + screen.text());
    }
}
