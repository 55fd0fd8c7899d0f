package org.securechat.admin;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.securechat.security.TlsMaterial;
import org.securechat.security.TlsMaterialSource;

/**
 * The test server's admin API as a careful caller reaches it: HTTPS to the TLS port, trusting the
 * server's own certificate and nothing else (no system CAs, no trust-all).
 */
public final class PinnedHttps {
    private PinnedHttps() {
    }

    /** A request to the API over HTTPS, pinned to the test server's certificate; no credentials. */
    public static RequestSpecification given() {
        return given(port(), material().certificate());
    }

    /** A request to a server's API on this port, trusting only the certificate of this PEM file. */
    public static RequestSpecification given(int port, Path certificate) {
        return RestAssured.given().baseUri("https://localhost").port(port).trustStore(trustStore(certificate));
    }

    /** The TLS port the test server bound (quarkus.http.test-ssl-port=0 picks a free one). */
    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
    }

    /** Sockets that trust only the test server's certificate. */
    public static SSLSocketFactory sockets() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(material().certificate()));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TlsMaterial material() {
        try {
            return Arc.container().instance(TlsMaterialSource.class).get().load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyStore trustStore(Path certificate) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            try (InputStream in = Files.newInputStream(certificate)) {
                store.setCertificateEntry("server", CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
