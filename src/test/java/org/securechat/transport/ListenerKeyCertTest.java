package org.securechat.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.OpenSSLEngineOptions;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.securechat.protocol.RecordingTrustManager;
import org.securechat.security.TlsMaterial;

/**
 * Each PEM key form the listener takes is presented in a real TLS handshake: PKCS#8 (RSA or EC)
 * and PKCS#1 RSA. SEC1 "EC PRIVATE KEY" files are not among them: Vert.x's parser rejects them
 * (docs/operations.md says to convert with openssl pkcs8 -topk8).
 */
class ListenerKeyCertTest {
    private static Vertx vertx;

    @TempDir
    Path dir;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0} key as {1}")
    @CsvSource({"RSA, PKCS8", "EC, PKCS8", "RSA, traditional"})
    void theConfiguredCertificateIsPresented(String algorithm, String keyForm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(algorithm.equals("RSA") ? 2048 : 256);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair, algorithm.equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA");
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Files.writeString(cert, pem(certificate));
        Files.writeString(key, pem(keyForm.equals("PKCS8") ? new JcaPKCS8Generator(pair.getPrivate(), null)
                : pair.getPrivate()));
        String header = Files.readAllLines(key).get(0);
        assertTrue(header.equals(keyForm.equals("PKCS8") ? "-----BEGIN PRIVATE KEY-----"
                : "-----BEGIN " + algorithm + " PRIVATE KEY-----"), header);

        NetServerOptions options = new NetServerOptions().setHost("127.0.0.1").setPort(0).setSsl(true)
                .setKeyCertOptions(ListenerKeyCert.of(TlsMaterial.of(cert, key)));
        if (OpenSSLEngineOptions.isAvailable()) {
            options.setSslEngineOptions(new OpenSSLEngineOptions()); // as the chat listener does
        }
        NetServer server = vertx.createNetServer(options).connectHandler(socket -> socket.write("hello\n"));
        server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        RecordingTrustManager trust = new RecordingTrustManager();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trust}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.actualPort())) {
            socket.startHandshake();
            assertArrayEquals(certificate.getEncoded(), trust.leaf().getEncoded());
        } finally {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, String signature) throws Exception {
        X500Name name = new X500Name("CN=securechat-test");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(new SecureRandom().nextLong() >>> 1),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))), name,
                pair.getPublic());
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(signature).build(pair.getPrivate())));
    }

    private static String pem(Object object) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }
}
