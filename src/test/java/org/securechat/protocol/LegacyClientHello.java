package org.securechat.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A client that can speak nothing newer than TLS 1.1. The JDK refuses to offer 1.1 at all, so a
 * JDK client could never show the server refusing it: this one writes the ClientHello by hand.
 */
final class LegacyClientHello {
    static final int ALERT = 0x15;
    static final int PROTOCOL_VERSION_ALERT = 70;

    /** Cipher suites: ECDHE-RSA, ECDHE-ECDSA and RSA with AES-CBC-SHA; then extensions for P-256. */
    private static final String SUITES_AND_EXTENSIONS =
            "0008c013c009002f0035" + "0100" + "000e" + "000a000400020017" + "000b00020100";

    private LegacyClientHello() {
    }

    /** Offers TLS 1.1 only; returns the first record header and two bytes of the answer, or fewer if closed. */
    static byte[] offer(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) WireClient.WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(clientHello());
            out.flush();
            return socket.getInputStream().readNBytes(7);
        }
    }

    private static byte[] clientHello() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String body = "0302" + HexFormat.of().formatHex(random) + "00" + SUITES_AND_EXTENSIONS;
        String handshake = "01" + length(body, 3) + body;
        return HexFormat.of().parseHex("160301" + length(handshake, 2) + handshake);
    }

    /** The byte length of a hex string, as a big-endian number of {@code bytes} bytes in hex. */
    private static String length(String hex, int bytes) {
        return String.format("%0" + (2 * bytes) + "x", hex.length() / 2);
    }
}
