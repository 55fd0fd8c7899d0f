package org.securechat.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.securechat.ChatConfig;
import org.securechat.DataDirectory;

/**
 * Finds the listener's certificate: the configured PEM pair, or else a self-signed one created in
 * the data dir on first start and reused after, so its fingerprint stays stable.
 */
@ApplicationScoped
public class TlsMaterialSource {
    static final String CERT_FILE = "tls-cert.pem";
    static final String KEY_FILE = "tls-key.pem";
    private static final Duration VALIDITY = Duration.ofDays(3650);

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

    /**
     * An ECDSA P-256 key and a self-signed certificate for it, valid ten years (an RSA key's prime
     * search took a first start 0.5 s). Written beside the targets, the key readable by its owner
     * only, then moved into place.
     */
    private static void generate(Path cert, Path key) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            byte[] certificate = SelfSignedCertificate.create(pair, "securechat", "localhost",
                    now.minus(Duration.ofDays(1)), now.plus(VALIDITY));
            writeInPlace(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------");
            writeInPlace(cert, pem("CERTIFICATE", certificate), "rw-r--r--");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot create a self-signed certificate: " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writeInPlace(Path target, String content, String permissions) throws IOException {
        Path scratch = Files.createTempFile(target.getParent(), ".tls-", ".pem",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
        try {
            Files.writeString(scratch, content, StandardCharsets.US_ASCII);
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
