package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void sanitizeDropsControlsAndBidiButKeepsText() {
        assertEquals("a[31mb c", SafeText.sanitize("a\u001b[31mb\tc"));
        assertEquals("evil", SafeText.sanitize("\u202Eevil\u2066"));
        assertEquals("x\uFFFDy", SafeText.sanitize("x\uDC00y"));
        assertEquals("👍🏽 ok", SafeText.sanitize("👍🏽 ok"));
    }

    @Test
    void widthFollowsLanternaForEmojiAndCjk() {
        assertEquals(2, SafeText.columns("😀"));
        assertEquals(4, SafeText.columns("你好"));
        assertEquals(3, SafeText.columns("abc"));
        assertEquals("ab", SafeText.fit("ab😀", 3), "a wide character that would straddle the edge is left out");
    }

    @Test
    void wrapBreaksAtSpacesAndKeepsLineBreaks() {
        assertEquals(List.of("hello", "world"), SafeText.wrap("hello world", 8));
        assertEquals(List.of("abcd", "efgh", "ij"), SafeText.wrap("abcdefghij", 4));
        assertEquals(List.of("one", "two"), SafeText.wrap("one\ntwo", 10));
        assertEquals(List.of("ab", "cd efgh"), SafeText.wrap("ab cd efgh", 3, 10));
    }
}
