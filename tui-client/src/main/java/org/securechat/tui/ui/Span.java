package org.securechat.tui.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

/** A run of text in one colour within a screen row. */
record Span(String text, TextColor color, boolean bold) {
    SGR[] styles() {
        return bold ? new SGR[] {SGR.BOLD} : new SGR[0];
    }

    static Span plain(String text) {
        return new Span(text, TextColor.ANSI.DEFAULT, false);
    }
}
