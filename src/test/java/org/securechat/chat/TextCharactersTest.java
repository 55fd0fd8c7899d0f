package org.securechat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What text others read may hold: emoji and scripts whole, nothing invisible or malformed. */
class TextCharactersTest {
    @Test
    void emojiSequencesScriptsAndVariationSelectorsStand() {
        assertNull(TextCharacters.problem("\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 family, \u2764\ufe0f, \ud83c\uddeb\ud83c\uddf7"));
        assertNull(TextCharacters.problem("\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f England"));
        assertNull(TextCharacters.problem("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 (ZWNJ) e\u0301 line\nand\ttab"));
    }

    @Test
    void invisibleCharactersAreRefused() {
        assertEquals("cannot contain invisible characters (found U+200B)", TextCharacters.problem("a\u200bb"));
        assertEquals("cannot contain invisible characters (found U+FEFF)", TextCharacters.problem("\ufeffhi"));
        assertEquals("cannot contain invisible characters (found U+3164)", TextCharacters.problem("\u3164"));
        assertEquals("cannot contain invisible characters (found U+E0041)", TextCharacters.problem("hidden\udb40\udc41"));
        assertEquals("cannot contain an unfinished flag tag sequence",
                TextCharacters.problem("\ud83c\udff4\udb40\udc67\udb40\udc62 no cancel tag"));
        assertEquals("cannot contain invisible characters (found U+FFFF)", TextCharacters.problem("\uffff"));
    }

    @Test
    void controlsBidiAndUnpairedSurrogatesAreRefused() {
        assertEquals("cannot contain control or bidi-override characters (found U+0007)", TextCharacters.problem("\u0007"));
        assertEquals("cannot contain control or bidi-override characters (found U+202E)", TextCharacters.problem("\u202e"));
        assertEquals("cannot contain control or bidi-override characters (found U+2028)", TextCharacters.problem("a\u2028b"));
        assertEquals("must be valid Unicode (found an unpaired surrogate)", TextCharacters.problem("\ud800x"));
        assertEquals("must be valid Unicode (found an unpaired surrogate)", TextCharacters.problem("x\udc00"));
    }
}
