package org.securechat.tui.ui;

import com.googlecode.lanterna.TextColor;
import java.util.Locale;

/** A stable colour per nick, so a speaker is recognisable at a glance. */
final class NickColors {
    private static final TextColor[] PALETTE = {
        TextColor.ANSI.RED_BRIGHT, TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.YELLOW_BRIGHT,
        TextColor.ANSI.BLUE_BRIGHT, TextColor.ANSI.MAGENTA_BRIGHT, TextColor.ANSI.CYAN_BRIGHT,
        TextColor.ANSI.GREEN, TextColor.ANSI.YELLOW, TextColor.ANSI.MAGENTA, TextColor.ANSI.CYAN,
    };

    private NickColors() {
    }

    static TextColor of(String nick) {
        return PALETTE[Math.floorMod(nick.toLowerCase(Locale.ROOT).hashCode(), PALETTE.length)];
    }
}
