package org.securechat.tui.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;
import org.securechat.tui.text.Glyph;
import org.securechat.tui.text.Glyphs;

/**
 * The only way text reaches the screen. Strings from the network are cleaned of anything a terminal would
 * interpret (C0/C1 controls, DEL, ESC, bidi overrides and isolates, lone surrogates), then drawn one grapheme
 * cluster at a time as the cells {@link Glyphs} gives it, so no sequence shifts the grid, whatever the terminal.
 */
public final class SafeText {
    private static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** Removes control and bidi-override characters; tabs become a space, lone surrogates U+FFFD. */
    public static String sanitize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isSurrogate((char) cp) && length == 1) {
                out.append(REPLACEMENT);
            } else if (!isHostile(cp)) {
                out.appendCodePoint(cp);
            }
            i += length;
        }
        return out.toString();
    }

    static boolean isHostile(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** The sanitized text split into user-perceived characters. */
    public static List<String> graphemes(String text) {
        return Glyphs.clusters(sanitize(text));
    }

    /** Columns a grapheme takes as drawn (0 for one that draws nothing, such as a zero-width space). */
    public static int width(String grapheme) {
        return Glyphs.width(grapheme);
    }

    public static int columns(String text) {
        return graphemes(text).stream().mapToInt(SafeText::width).sum();
    }

    /** The longest prefix of text that fits the columns. */
    public static String fit(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String g : graphemes(text)) {
            int w = width(g);
            if (used + w > columns) {
                break;
            }
            out.append(g);
            used += w;
        }
        return out.toString();
    }

    /**
     * Draws text at (column, row) within maxColumns, returning the columns used. A wide character that would
     * straddle the edge is left out rather than cut in half.
     */
    public static int draw(TextGraphics graphics, int column, int row, String text, int maxColumns,
                           TextColor foreground, SGR... styles) {
        int used = 0;
        for (String g : graphemes(text)) {
            int w = width(g);
            if (used + w > maxColumns) {
                break;
            }
            for (Glyph glyph : Glyphs.of(g)) {
                graphics.setCharacter(column + used, row,
                        TextCharacter.fromString(glyph.cell(), foreground, graphics.getBackgroundColor(), styles)[0]);
                used += glyph.width();
            }
        }
        return used;
    }

    /** Splits text into lines of at most width columns, breaking at spaces where it can. */
    public static List<String> wrap(String text, int width) {
        return wrap(text, width, width);
    }

    /** As {@link #wrap(String, int)}, with a different width for the first line (the one after a prefix). */
    public static List<String> wrap(String text, int firstWidth, int restWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            List<String> chars = graphemes(paragraph);
            int start = 0;
            do {
                int width = Math.max(2, lines.isEmpty() ? firstWidth : restWidth);
                int end = breakPoint(chars, start, width);
                lines.add(String.join("", chars.subList(start, end)).stripTrailing());
                start = end;
                while (start < chars.size() && start > 0 && chars.get(start).equals(" ")) {
                    start++;
                }
            } while (start < chars.size());
        }
        return lines;
    }

    /** Where the row starting at start ends: after the last space that fits, or where the width runs out. */
    private static int breakPoint(List<String> chars, int start, int width) {
        int used = 0;
        int lastSpace = -1;
        for (int i = start; i < chars.size(); i++) {
            int w = width(chars.get(i));
            if (used + w > width) {
                return lastSpace > start ? lastSpace : Math.max(i, start + 1);
            }
            if (chars.get(i).equals(" ")) {
                lastSpace = i;
            }
            used += w;
        }
        return chars.size();
    }

    /** Sanitizes each line of a multi-line text (for labels), keeping the line breaks. */
    public static String sanitizeKeepingLines(String text) {
        return String.join("\n", java.util.Arrays.stream(text.split("\r?\n", -1)).map(SafeText::sanitize).toList());
    }
}
