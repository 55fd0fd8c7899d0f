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
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.securechat.ChatConfig;
import org.jboss.logging.Logger;
import org.securechat.DataDirectory;

/**
 * Finds the listener's certificate: the configured PEM pair, or else a self-signed one created in
 * the data dir on first start and reused after, so its fingerprint stays stable. The self-signed
 * one is valid 397 days (the longest a public CA may issue) and renewed at a start in its last 30,
 * on the same key: a client that pins the key (the TUI does) takes the new one without a warning.
 */
@ApplicationScoped
public class TlsMaterialSource {
    static final String CERT_FILE = "tls-cert.pem";
    static final String KEY_FILE = "tls-key.pem";
    static final Duration VALIDITY = Duration.ofDays(397);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(TlsMaterialSource.class);

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
            generate(cert, key, newPair());
        } else {
            renewIfEnding(cert, key);
        }
        return TlsMaterial.of(cert, key);
    }

    /**
     * In its last 30 days, the generated certificate is made again for the same EC key. A key of
     * another kind (the RSA ones of data dirs from before 2026-11-24) is replaced by a new EC key.
     */
    static void renewIfEnding(Path cert, Path key) throws IOException {
        X509Certificate current = TlsMaterial.certificate(cert);
        Instant ends = current.getNotAfter().toInstant();
        if (Instant.now().plus(RENEW_BEFORE).isBefore(ends)) {
            return;
        }
        try {
            PrivateKey privateKey = KeyFactory.getInstance(current.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(pemBody(Files.readString(key, StandardCharsets.US_ASCII))));
            KeyPair pair = current.getPublicKey().getAlgorithm().equals("EC")
                    ? new KeyPair(current.getPublicKey(), privateKey) : newPair();
            generate(cert, key, pair);
            LOG.infof("renewed the self-signed certificate, which ended on %s%s", ends,
                    pair.getPublic().equals(current.getPublicKey()) ? " (same key)" : " (a new EC key: clients see a new key)");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot renew the self-signed certificate in " + cert.getParent() + ": "
                    + e.getMessage(), e);
        }
    }

    /** An ECDSA P-256 key: an RSA key's prime search took a first start 0.5 s. */
    private static KeyPair newPair() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make an EC key: " + e.getMessage(), e);
        }
    }

    /**
     * A self-signed certificate for the pair, valid {@link #VALIDITY}. Written beside the targets,
     * the key readable by its owner only, then moved into place.
     */
    private static void generate(Path cert, Path key, KeyPair pair) throws IOException {
        try {
            Instant now = Instant.now();
            byte[] certificate = SelfSignedCertificate.create(pair, "securechat", "localhost",
                    now.minus(Duration.ofDays(1)), now.plus(VALIDITY));
            writeInPlace(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------");
            writeInPlace(cert, pem("CERTIFICATE", certificate), "rw-r--r--");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot create a self-signed certificate: " + e.getMessage(), e);
        }
    }

    private static byte[] pemBody(String pem) throws GeneralSecurityException {
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException("the key file holds no PKCS#8 private key");
        }
        return Base64.getMimeDecoder().decode(pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end));
    }

    static String pem(String type, byte[] der) {
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
