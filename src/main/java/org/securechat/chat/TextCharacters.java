package org.securechat.chat;

/**
 * Which characters text others will read may hold, so no client can be made to show it wrongly:
 * no control characters but newline and tab, no bidi overrides or isolates, no unpaired surrogates,
 * no noncharacters, and no invisible characters that could hide or fake text (zero-width space,
 * word joiner, BOM, fillers, tags outside an emoji flag). Joiners and variation selectors stay:
 * emoji and several scripts need them.
 */
final class TextCharacters {
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;

    private TextCharacters() {
    }

    /** Why the text cannot be accepted, as a phrase to follow its name ("cannot contain ..."), or null. */
    static String problem(String text) {
        boolean inFlag = false;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isSurrogate((char) cp)) {
                return "must be valid Unicode (found an unpaired surrogate)";
            }
            if (isTag(cp)) {
                // A tag sequence is a flag only right after U+1F3F4, and ends with U+E007F.
                if (!(previous == BLACK_FLAG || inFlag) || cp == CANCEL_TAG && !inFlag) {
                    return String.format("cannot contain invisible characters (found U+%04X)", cp);
                }
                inFlag = cp != CANCEL_TAG;
            } else if (inFlag) {
                return "cannot contain an unfinished flag tag sequence";
            } else if (control(cp)) {
                return String.format("cannot contain control or bidi-override characters (found U+%04X)", cp);
            } else if (invisible(cp) || nonCharacter(cp)) {
                return String.format("cannot contain invisible characters (found U+%04X)", cp);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return inFlag ? "cannot contain an unfinished flag tag sequence" : null;
    }

    static boolean control(int cp) {
        if (cp == '\n' || cp == '\t') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean invisible(int cp) {
        return cp == 0x200B || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206A && cp <= 0x206F) || cp == 0xFEFF
                || cp == 0x180E || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0x1D173 && cp <= 0x1D17A);
    }

    private static boolean nonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0000 && cp <= 0xE007F;
    }
}
