package org.securechat.tui.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed EC certificates made by the JDK's keytool, as a server's: {@code make} a new key and
 * its certificate, {@code renew} the certificate on the same key ({@code keytool -selfcert}).
 */
final class Certificates {
    private static final String STORE_PASSWORD = "test-store-password";

    private final Path store;

    Certificates(Path dir) {
        this.store = dir.resolve("certificates.p12");
    }

    X509Certificate make(String alias) throws Exception {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + alias,
                "-validity", "30");
        return read(alias);
    }

    /** Another validity than {@link #make}'s, so the renewal differs even within the same second. */
    X509Certificate renew(String alias) throws Exception {
        keytool("-selfcert", "-alias", alias, "-validity", "397");
        return read(alias);
    }

    private void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD));
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    private X509Certificate read(String alias) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        return (X509Certificate) keys.getCertificate(alias);
    }
}
