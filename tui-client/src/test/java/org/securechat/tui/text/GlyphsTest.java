package org.securechat.tui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of cluster becomes cells whose width Lanterna, the layout and terminals agree on. */
class GlyphsTest {

    @Test
    void clustersAreExtendedGraphemes() {
        assertEquals(List.of("a", "👨‍👩‍👧‍👦", "🇫🇷", "1️⃣", "❤️", "e\u0301", "\u200B", "漢"),
                Glyphs.clusters("a👨‍👩‍👧‍👦🇫🇷1️⃣❤️e\u0301\u200B漢"));
    }

    @Test
    void singleCodePointsTakeTheirUnicodeWidth() {
        assertEquals(List.of(new Glyph("a", 1)), Glyphs.of("a"));
        assertEquals(List.of(new Glyph("漢", 2)), Glyphs.of("漢"));
        assertEquals(List.of(new Glyph("😀", 2)), Glyphs.of("😀"));
        assertEquals(List.of(new Glyph("ש", 1)), Glyphs.of("ש"));
        assertEquals(List.of(), Glyphs.of("\u200B"), "a zero-width space draws nothing");
        assertEquals(List.of(), Glyphs.of("\u200D"));
        assertEquals(List.of(), Glyphs.of("\u0301"), "a mark with no base draws nothing");
    }

    @Test
    void sequencesAreDrawnAsTheirFirstCodePointOrPrecomposed() {
        assertEquals(List.of(new Glyph("👨", 2)), Glyphs.of("👨‍👩‍👧‍👦"));
        assertEquals(List.of(new Glyph("👍", 2)), Glyphs.of("👍🏽"));
        assertEquals(List.of(new Glyph("❤", 1)), Glyphs.of("❤️"));
        assertEquals(List.of(new Glyph("1", 1)), Glyphs.of("1️⃣"));
        assertEquals(List.of(new Glyph("é", 1)), Glyphs.of("e\u0301"));
        assertEquals(List.of(new Glyph("x", 1)), Glyphs.of("x\u0301\u0302"), "no precomposed form: the base");
        assertEquals(List.of(new Glyph("한", 2)), Glyphs.of("\u1112\u1161\u11AB"), "conjoining jamo compose");
        assertEquals(List.of(new Glyph("ว", 1)), Glyphs.of("วั"), "Lanterna cannot keep a mark in a narrow cell");
    }

    @Test
    void flagsBecomeTheirRegionLetters() {
        assertEquals(List.of(new Glyph("F", 1), new Glyph("R", 1)), Glyphs.of("🇫🇷"));
        assertEquals(2, Glyphs.width("🇫🇷"));
    }

    @Test
    void codePointsLanternaMisjudgesGetAStandInOfTheRightWidth() {
        assertEquals(List.of(Glyphs.WIDE_STAND_IN), Glyphs.of("⭐"), "wide emoji in the BMP Lanterna thinks narrow");
        assertEquals(List.of(Glyphs.WIDE_STAND_IN), Glyphs.of("✅"));
        assertEquals(List.of(Glyphs.NARROW_STAND_IN), Glyphs.of("𝐀"), "narrow, outside the BMP");
    }
}
