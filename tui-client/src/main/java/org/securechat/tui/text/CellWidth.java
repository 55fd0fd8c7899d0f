package org.securechat.tui.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * Columns a single code point takes in a terminal, from Unicode's own properties through ICU4J (the JDK's tables
 * lag and it has no East Asian Width): 0 for marks, format and ignorable characters, 2 for East Asian wide and
 * full-width characters and for emoji shown as emoji by default, 1 for the rest (ambiguous ones too, as terminals
 * outside CJK locales draw them).
 */
final class CellWidth {
    private CellWidth() {
    }

    static int of(int cp) {
        int category = UCharacter.getType(cp);
        if (category == UCharacterCategory.NON_SPACING_MARK || category == UCharacterCategory.ENCLOSING_MARK
                || category == UCharacterCategory.FORMAT || category == UCharacterCategory.CONTROL
                || category == UCharacterCategory.LINE_SEPARATOR || category == UCharacterCategory.PARAGRAPH_SEPARATOR
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return 0;
        }
        int hangul = UCharacter.getIntPropertyValue(cp, UProperty.HANGUL_SYLLABLE_TYPE);
        if (hangul == UCharacter.HangulSyllableType.VOWEL_JAMO || hangul == UCharacter.HangulSyllableType.TRAILING_JAMO) {
            return 0;
        }
        int eastAsian = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        if (eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
            return 2;
        }
        return 1;
    }
}
