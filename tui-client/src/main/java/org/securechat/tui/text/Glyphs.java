package org.securechat.tui.text;

import com.googlecode.lanterna.TextCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * What each user-perceived character (extended grapheme cluster) puts on the screen. Terminals agree on the width
 * of a single code point but not on sequences: a ZWJ family is 2, 4 or 8 columns, a flag 1, 2 or 4, ❤️ 1 or 2
 * depending on the terminal. Lanterna has its own guess as well (any string of two chars is wide). So a cluster
 * is drawn as something whose width the terminal, Lanterna and the layout all agree on:
 * <ul>
 * <li>a single code point as itself (marks, format and other zero-width characters as nothing);</li>
 * <li>a base with combining marks as its precomposed form (e + U+0301 as é), otherwise as the base alone
 * (Lanterna takes any cell of two chars for a wide one, so Thai vowel marks and the like cannot be kept);</li>
 * <li>an emoji sequence (ZWJ, skin tone, variation selector, keycap, tag) as its first code point: 👨 for the
 * family, ❤ for ❤️, 1 for 1️⃣;</li>
 * <li>a flag as its two region letters (🇫🇷 as FR);</li>
 * <li>a code point whose width Lanterna judges otherwise than the terminal (⭐, ✅, 𝐀) as a stand-in of the
 * right width: 〓 (the typographer's mark for a missing glyph) for wide ones, U+FFFD for narrow ones.</li>
 * </ul>
 */
public final class Glyphs {
    static final Glyph WIDE_STAND_IN = new Glyph("\u3013", 2);
    static final Glyph NARROW_STAND_IN = new Glyph("\uFFFD", 1);
    private static final int REGIONAL_A = 0x1F1E6;
    private static final int REGIONAL_Z = 0x1F1FF;
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private Glyphs() {
    }

    /** The text split into extended grapheme clusters (UAX #29, as ICU implements it). */
    public static List<String> clusters(String text) {
        BreakIterator breaks = BreakIterator.getCharacterInstance();
        breaks.setText(text);
        List<String> result = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            result.add(text.substring(start, end));
        }
        return result;
    }

    /** The cells one cluster is drawn as: none, one, or two narrow ones (a flag's letters). */
    public static List<Glyph> of(String cluster) {
        int first = cluster.codePointAt(0);
        if (isRegionalIndicator(first)) {
            return cluster.codePoints().filter(Glyphs::isRegionalIndicator).limit(2)
                    .mapToObj(cp -> new Glyph(String.valueOf((char) ('A' + cp - REGIONAL_A)), 1)).toList();
        }
        if (cluster.length() == Character.charCount(first)) {
            return single(first);
        }
        String composed = NFC.normalize(cluster);
        if (composed.length() == Character.charCount(composed.codePointAt(0))) {
            return single(composed.codePointAt(0));
        }
        return single(first);
    }

    /** Columns the cluster takes on screen. */
    public static int width(String cluster) {
        return of(cluster).stream().mapToInt(Glyph::width).sum();
    }

    private static List<Glyph> single(int cp) {
        int width = CellWidth.of(cp);
        if (width == 0) {
            return List.of();
        }
        String cell = Character.toString(cp);
        if (lanternaWidth(cell) != width) {
            return List.of(width == 2 ? WIDE_STAND_IN : NARROW_STAND_IN);
        }
        return List.of(new Glyph(cell, width));
    }

    /** The width Lanterna's screen gives a cell holding this text (it skips the next column when it says 2). */
    private static int lanternaWidth(String cell) {
        return TextCharacter.fromString(cell)[0].isDoubleWidth() ? 2 : 1;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= REGIONAL_A && cp <= REGIONAL_Z;
    }
}
