package org.securechat.tui.text;

/** What one terminal cell shows, and whether it takes one column or two (the second is left to it). */
public record Glyph(String cell, int width) {
}
