package org.securechat.tui.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as lines of text for the terminal: two modules to a character cell, drawn with half blocks, so a
 * code of an otpauth:// URI fits in about 45 columns and 23 rows. Meant to be shown dark on light.
 */
final class QrBlocks {
    /** Quiet zone, in modules: readers want some light border; two keep the code small yet scannable. */
    private static final int MARGIN = 2;

    private QrBlocks() {
    }

    static String of(String text) {
        BitMatrix modules;
        try {
            // Size 0: one pixel per module, the smallest matrix the code has.
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, MARGIN,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of this text", e);
        }
        StringBuilder lines = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y += 2) {
            for (int x = 0; x < modules.getWidth(); x++) {
                boolean top = modules.get(x, y);
                boolean bottom = y + 1 < modules.getHeight() && modules.get(x, y + 1);
                lines.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            lines.append('\n');
        }
        return lines.toString();
    }
}
