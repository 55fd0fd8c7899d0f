package org.securechat.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * One HTTPS (HTTP/1.1) GET to the test server's admin API from a chosen loopback address, as a caller on
 * another host would make it: the throttle counts per address, which an HTTP client cannot choose.
 */
record HttpFrom(String address) {
    record Answer(int status, String retryAfter, String body) { }

    Answer get(String path, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket plain = new Socket()) {
            plain.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), PinnedHttps.port()), 10_000);
            plain.setSoTimeout(30_000);
            Socket socket = PinnedHttps.sockets().createSocket(plain, "localhost", PinnedHttps.port(), true);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String head = response.substring(0, response.indexOf("\r\n\r\n"));
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            String retryAfter = head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("retry-after:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
            return new Answer(status, retryAfter, response.substring(head.length() + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
