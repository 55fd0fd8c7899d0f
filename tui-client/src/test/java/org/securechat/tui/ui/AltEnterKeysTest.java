package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The bytes a terminal sends for Alt+Enter, through Lanterna's decoder as the client's terminal sets it up. */
class AltEnterKeysTest {

    /** The bytes, then nothing more for now, as from a terminal (a StringReader would say end of input). */
    private static KeyStroke decode(String bytes) throws IOException {
        InputDecoder decoder = new InputDecoder(new StringReader(bytes) {
            private int left = bytes.length();

            @Override
            public boolean ready() {
                return left > 0;
            }

            @Override
            public int read() throws IOException {
                left--;
                return super.read();
            }
        });
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(new AltEnterKeys());
        return decoder.getNextCharacter(true);
    }

    @Test
    void escapeThenCarriageReturnOrLineFeedIsAltEnter() throws IOException {
        for (String bytes : new String[] {"\u001b\r", "\u001b\n"}) {
            KeyStroke key = decode(bytes);
            assertEquals(KeyType.Enter, key.getKeyType());
            assertTrue(key.isAltDown(), "Alt+Enter from " + bytes.length() + " bytes");
        }
    }
}
