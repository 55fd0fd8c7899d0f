package org.securechat.tui.ui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The process's terminal, in UTF-8. Lanterna 3.1's stream terminal encodes a string one {@code char} at a time,
 * which turns each half of an emoji's surrogate pair into '?'; this writes each cell's string whole. It also
 * knows Alt+Enter ({@link AltEnterKeys}).
 */
public final class Utf8Terminal extends UnixTerminal {
    public Utf8Terminal() throws IOException {
        super(System.in, System.out, StandardCharsets.UTF_8);
        getInputDecoder().addProfile(new AltEnterKeys());
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(string.getBytes(StandardCharsets.UTF_8));
    }
}
