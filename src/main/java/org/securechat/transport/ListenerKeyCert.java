package org.securechat.transport;

import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import org.securechat.security.TlsMaterial;

/**
 * The listener's key and certificate chain for Vert.x. A PKCS#8 key (the generated one, and
 * OpenSSL 3's default) becomes a KeyManagerFactory here: Vert.x's PEM options pass the key through
 * in-memory PKCS#12 stores, five PBKDF2 runs of 10,000 rounds that cost a start 0.1 to 0.3 s. Other PEM
 * key forms (PKCS#1 "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY") still go to Vert.x's PEM options.
 */
public final class ListenerKeyCert {
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    /** Protects the key in a store that lives only in this process's memory. */
    private static final char[] IN_MEMORY = "in-memory-only".toCharArray();

    private ListenerKeyCert() {
    }

    public static KeyCertOptions of(TlsMaterial tls) throws IOException, GeneralSecurityException {
        Optional<PrivateKey> key = pkcs8Key(Files.readString(tls.privateKey()));
        if (key.isEmpty()) {
            return new PemKeyCertOptions()
                    .setCertPath(tls.certificate().toString())
                    .setKeyPath(tls.privateKey().toString());
        }
        Certificate[] chain;
        try (InputStream in = Files.newInputStream(tls.certificate())) {
            chain = CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(new Certificate[0]);
        }
        // JKS protects a key with a cheap digest, not PBKDF2; the store is never written anywhere.
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        store.setKeyEntry("chat", key.get(), IN_MEMORY, chain);
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, IN_MEMORY);
        return KeyCertOptions.wrap(factory);
    }

    /** The RSA or EC key of the file's "PRIVATE KEY" block; empty when it has none. */
    private static Optional<PrivateKey> pkcs8Key(String pem) throws GeneralSecurityException {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            return Optional.empty();
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return Optional.of(KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der)));
            } catch (InvalidKeySpecException otherAlgorithm) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
