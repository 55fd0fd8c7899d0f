package org.securechat.security;

import io.smallrye.certs.CertificateGenerator;
import io.smallrye.certs.CertificateRequest;
import io.smallrye.certs.Format;
import io.smallrye.certs.PemCertificateFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.securechat.ChatConfig;
import org.securechat.store.DataDirectory;

/**
 * Finds the listener's certificate: the configured PEM pair, or else a self-signed one created in
 * the data dir on first start and reused after, so its fingerprint stays stable.
 */
@ApplicationScoped
public class TlsMaterialSource {
    static final String CERT_FILE = "tls-cert.pem";
    static final String KEY_FILE = "tls-key.pem";

    private final ChatConfig config;
    private final DataDirectory dataDirectory;

    public TlsMaterialSource(ChatConfig config, DataDirectory dataDirectory) {
        this.config = config;
        this.dataDirectory = dataDirectory;
    }

    public TlsMaterial load() throws IOException {
        if (config.tls().cert().isPresent() != config.tls().key().isPresent()) {
            throw new IllegalStateException("chat.tls.cert and chat.tls.key must be set together");
        }
        if (config.tls().cert().isPresent()) {
            return TlsMaterial.of(Path.of(config.tls().cert().get()), Path.of(config.tls().key().get()));
        }
        Path dir = dataDirectory.path();
        Path cert = dir.resolve(CERT_FILE);
        Path key = dir.resolve(KEY_FILE);
        if (!Files.exists(cert) || !Files.exists(key)) {
            generate(cert, key);
        }
        return TlsMaterial.of(cert, key);
    }

    private static void generate(Path cert, Path key) throws IOException {
        Path scratch = Files.createTempDirectory(cert.getParent(), ".tls-");
        try {
            PemCertificateFiles files = (PemCertificateFiles) new CertificateGenerator(scratch, true)
                    .generate(new CertificateRequest().withName("securechat").withFormat(Format.PEM)
                            .withCN("securechat").withSubjectAlternativeName("DNS:localhost")
                            .withDuration(Duration.ofDays(3650)))
                    .get(0);
            Files.setPosixFilePermissions(files.keyFile(), PosixFilePermissions.fromString("rw-------"));
            Files.move(files.keyFile(), key, StandardCopyOption.ATOMIC_MOVE);
            Files.move(files.certFile(), cert, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot create a self-signed certificate: " + e.getMessage(), e);
        } finally {
            try (var leftovers = Files.list(scratch)) {
                for (Path p : (Iterable<Path>) leftovers::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }
}
