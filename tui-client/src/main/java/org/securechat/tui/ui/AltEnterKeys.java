package org.securechat.tui.ui;

import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Collection;
import java.util.List;

/**
 * Alt+Enter, which terminals send as ESC then CR (or LF, when the tty maps CR to LF). Lanterna's own Alt patterns
 * skip control characters, so without this it arrives as Escape and a plain Enter, and would send the message.
 */
final class AltEnterKeys implements KeyDecodingProfile {
    @Override
    public Collection<CharacterPattern> getPatterns() {
        KeyStroke altEnter = new KeyStroke(KeyType.Enter, false, true);
        return List.of(new BasicCharacterPattern(altEnter, ESC_CODE, '\r'),
                new BasicCharacterPattern(altEnter, ESC_CODE, '\n'));
    }
}
