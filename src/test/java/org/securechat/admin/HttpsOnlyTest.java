package org.securechat.admin;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.securechat.admin.PinnedHttps.given;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.securechat.transport.TlsPolicy;

/** The admin API answers over HTTPS with the chat listener's certificate and TLS policy, and never in plain HTTP. */
@QuarkusTest
class HttpsOnlyTest {

    @Test
    void theApiAndItsOpenApiDocumentAnswerOverHttpsPinnedToTheChatCertificate() {
        TestAdmin.api().when().get("/api/admin/users").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/admin/users"));
    }

    @Test
    void theHandshakeFollowsTheChatListenersPolicy() throws IOException {
        try (SSLSocket socket = (SSLSocket) PinnedHttps.sockets().createSocket("localhost", PinnedHttps.port())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.setEnabledCipherSuites(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
                    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"});
            socket.startHandshake();
            assertEquals("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", socket.getSession().getCipherSuite(),
                    "the CBC suite is not in the policy");
            assertFalse(TlsPolicy.CIPHER_SUITES.contains("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"));
        }
    }

    @Test
    void aPlainHttpRequestGetsNoHttpAnswer() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), PinnedHttps.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/admin/users HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer;
            try {
                answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException reset) {
                answer = "";
            }
            assertFalse(answer.startsWith("HTTP/"), answer);
        }
    }
}
