package org.securechat.tui.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QR code of /totp setup, as a phone's camera would see the terminal: decoded back to the URI. */
class QrBlocksTest {
    private static final String URI = "otpauth://totp/securechat%3Aalice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
            + "&issuer=securechat&algorithm=SHA1&digits=6&period=30";
    private static final int PIXELS = 4;

    @Test
    void theHalfBlocksDecodeBackToTheUri() throws Exception {
        List<String> lines = QrBlocks.of(URI).lines().toList();
        int columns = lines.get(0).length();
        assertTrue(columns <= 50, "fits beside a chat: " + columns + " columns");
        assertTrue(lines.size() <= 25, lines.size() + " rows");
        lines.forEach(line -> assertEquals(columns, line.length()));
        assertTrue(lines.stream().allMatch(line -> line.chars().allMatch(c -> " ▀▄█".indexOf(c) >= 0)));

        assertEquals(URI, new QRCodeReader().decode(photo(lines)).getText());
    }

    /** Each cell as two modules of PIXELS square: a block is dark (drawn black on white), a space light. */
    private static BinaryBitmap photo(List<String> lines) {
        int width = lines.get(0).length() * PIXELS;
        int height = lines.size() * 2 * PIXELS;
        int[] rgb = new int[width * height];
        for (int row = 0; row < lines.size(); row++) {
            for (int column = 0; column < lines.get(row).length(); column++) {
                char cell = lines.get(row).charAt(column);
                boolean top = cell == '█' || cell == '▀';
                boolean bottom = cell == '█' || cell == '▄';
                for (int dy = 0; dy < 2 * PIXELS; dy++) {
                    boolean dark = dy < PIXELS ? top : bottom;
                    for (int dx = 0; dx < PIXELS; dx++) {
                        rgb[(row * 2 * PIXELS + dy) * width + column * PIXELS + dx] = dark ? 0x000000 : 0xFFFFFF;
                    }
                }
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, rgb)));
    }
}
