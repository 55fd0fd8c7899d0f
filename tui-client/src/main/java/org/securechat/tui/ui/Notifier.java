package org.securechat.tui.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Desktop notifications for DMs and mentions, written to the terminal as an escape sequence the terminal turns into
 * one: OSC 777 ({@code notify;title;body}: urxvt, foot, WezTerm, Ghostty, VTE with the notify patch) or OSC 9
 * ({@code body}: iTerm2, Windows Terminal, ConEmu, WezTerm, Ghostty); the bell where neither is known to work
 * (inside tmux or screen the sequence would not reach the terminal). The text is the other user's, so every
 * control character is taken out first: nothing in it can end the sequence or start another.
 */
public final class Notifier {
    /** How to notify; {@code AUTO} picks from the environment. */
    public enum Mode { AUTO, OSC777, OSC9, BELL, OFF }

    private static final int MAX_TEXT = 200;

    private final OutputStream terminal;
    private final Mode mode;
    private final Runnable bell;

    /** {@code terminal}: the stream the terminal reads, written only on the GUI thread between screen updates. */
    public Notifier(OutputStream terminal, Mode mode, Runnable bell) {
        this.terminal = terminal;
        this.mode = mode == Mode.AUTO ? detect(System.getenv()) : mode;
        this.bell = bell;
    }

    /** AUTO made concrete for a terminal described by these environment variables. */
    public static Mode detect(Map<String, String> env) {
        if (env.containsKey("TMUX") || env.getOrDefault("TERM", "").startsWith("screen")) {
            return Mode.BELL;
        }
        String program = env.getOrDefault("TERM_PROGRAM", "");
        String term = env.getOrDefault("TERM", "");
        if (program.equals("WezTerm") || program.equals("ghostty") || term.startsWith("foot")
                || term.startsWith("rxvt-unicode") || env.containsKey("VTE_VERSION")) {
            return Mode.OSC777;
        }
        if (program.equals("iTerm.app") || env.containsKey("WT_SESSION") || env.containsKey("ConEmuANSI")) {
            return Mode.OSC9;
        }
        return Mode.BELL;
    }

    public static Mode parse(String name) {
        return Mode.valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    }

    public void notify(String title, String text) {
        switch (mode) {
            case OSC777 -> write("\u001b]777;notify;" + clean(title).replace(';', ',') + ";" + clean(text) + "\u0007");
            case OSC9 -> write("\u001b]9;" + clean(title + ": " + text) + "\u0007");
            case BELL -> bell.run();
            default -> { }
        }
    }

    private void write(String sequence) {
        try {
            terminal.write(sequence.getBytes(StandardCharsets.UTF_8));
            terminal.flush();
        } catch (IOException e) {
            bell.run();
        }
    }

    /** One line without any control character (C0, DEL, C1), at most 200 code points. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_TEXT).forEach(cp -> {
            boolean control = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
            out.appendCodePoint(control ? ' ' : cp);
        });
        return out.toString();
    }
}
