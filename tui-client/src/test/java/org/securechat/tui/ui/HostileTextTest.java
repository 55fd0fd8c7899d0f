package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securechat.tui.net.Endpoint;
import org.securechat.tui.protocol.Credentials;
import org.securechat.tui.protocol.Event;
import org.securechat.tui.support.ScriptedSession;
import org.securechat.tui.support.VirtualScreen;

/** Text from others never puts a control or reordering character on the terminal, and wide text keeps its shape. */
class HostileTextTest {

    @Test
    void escapeSequencesBidiOverridesAndEmojiAreDrawnSafely() throws Exception {
        ScriptedSession session = new ScriptedSession("alice", false, List.of("general"));
        try (VirtualScreen screen = new VirtualScreen(100, 30, session.connector())) {
            screen.start("alice", Optional.of(new LoginRequest(new Endpoint("localhost", 7443),
                    new Credentials("alice", "password1", "pw"), false)));
            screen.waitForText("online");
            String hostile = "A\u001b[2J\u001b]0;pwned\u0007B\u009b31m C\u202Eevil\u202C D\u2067x\u2069 "
                    + "E\u007f F\uD83D\uDE00G \u4F60\u597D H\uD800 I";
            session.push(new Event.Posted(ScriptedSession.message(9, "general", "m\u001b[31mallory", hostile)));
            screen.waitForText("I");
            String row = screen.text().lines().filter(line -> line.contains("pwned")).findFirst().orElseThrow();
            assertTrue(row.contains("<m[31mallory> A[2J]0;pwnedB31m Cevil Dx E F😀G 你好 H\uFFFD I"), row);
            for (int r = 0; r < 30; r++) {
                for (int c = 0; c < 100; c++) {
                    TextCharacter cell = screen.cell(c, r);
                    cell.getCharacterString().codePoints().forEach(cp -> {
                        assertFalse(cp < 0x20 || (cp >= 0x7F && cp <= 0x9F), "control character on screen");
                        assertFalse((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069),
                                "bidi override on screen");
                        assertFalse(Character.isSurrogate((char) cp), "lone surrogate on screen");
                    });
                }
            }
            int emojiColumn = columnOf(screen, row, "😀");
            assertEquals("😀", screen.cell(emojiColumn, rowIndex(screen, "pwned")).getCharacterString());
            assertEquals("G", screen.cell(emojiColumn + 2, rowIndex(screen, "pwned")).getCharacterString(),
                    "the emoji takes two cells");
        }
    }

    private static int rowIndex(VirtualScreen screen, String text) {
        List<String> lines = screen.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not on screen");
    }

    private static int columnOf(VirtualScreen screen, String row, String grapheme) {
        int r = rowIndex(screen, "pwned");
        for (int c = 0; c < screen.size().getColumns(); c++) {
            if (screen.cell(c, r).getCharacterString().equals(grapheme)) {
                return c;
            }
        }
        throw new AssertionError(grapheme + " not drawn in " + row);
    }
}
