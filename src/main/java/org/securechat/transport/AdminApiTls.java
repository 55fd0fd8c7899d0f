package org.securechat.transport;

import io.quarkus.tls.BaseTlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.SSLOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securechat.security.TlsMaterial;

/**
 * The admin API's HTTPS: the TLS registry's configuration {@value #NAME} (named by
 * quarkus.http.tls-configuration-name), made of the chat listener's own key, certificate and
 * policy. Registered from the startup observer, which runs before Quarkus opens the HTTP socket.
 */
@ApplicationScoped
public class AdminApiTls {
    static final String NAME = "chat";

    private final TlsConfigurationRegistry registry;
    private final String insecureRequests;
    private final String host;

    public AdminApiTls(TlsConfigurationRegistry registry,
                       @ConfigProperty(name = "quarkus.http.insecure-requests") String insecureRequests,
                       @ConfigProperty(name = "quarkus.http.host") String host) {
        this.registry = registry;
        this.insecureRequests = insecureRequests;
        this.host = host;
    }

    public void register(TlsMaterial tls) throws Exception {
        refusePlainHttpBeyondLoopback();
        KeyCertOptions keyCert = ListenerKeyCert.of(tls);
        SSLOptions ssl = new SSLOptions().setEnabledSecureTransportProtocols(TlsPolicy.PROTOCOLS);
        TlsPolicy.CIPHER_SUITES.forEach(ssl::addEnabledCipherSuite);
        registry.register(NAME, new BaseTlsConfiguration() {
            @Override
            public KeyCertOptions getKeyStoreOptions() {
                return keyCert;
            }

            @Override
            public SSLOptions getSSLOptions() {
                return ssl;
            }
        });
    }

    /** Plain HTTP carries passwords and tokens readable on the wire: only ever on loopback. */
    void refusePlainHttpBeyondLoopback() throws UnknownHostException {
        if (!insecureRequests.equalsIgnoreCase("disabled") && !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalStateException("quarkus.http.insecure-requests=" + insecureRequests
                    + " serves the admin API in plain HTTP, which is allowed on loopback only, but quarkus.http.host is "
                    + host + ": set quarkus.http.insecure-requests=disabled or quarkus.http.host=127.0.0.1");
        }
    }
}
