package org.securechat.tui.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pinned server fingerprints, one {@code host:port FINGERPRINT [KEY-FINGERPRINT]} per line, like SSH's
 * known_hosts: the certificate's, and its key's (lines written before keys were pinned have none).
 * The location is {@code ~/.config/securechat/known_hosts} unless the system property
 * {@code securechat.known-hosts} or the environment variable {@code SECURECHAT_KNOWN_HOSTS} names another.
 */
public final class KnownHosts {
    public static final String PROPERTY = "securechat.known-hosts";
    public static final String ENV = "SECURECHAT_KNOWN_HOSTS";

    private final Path file;

    public KnownHosts(Path file) {
        this.file = file;
    }

    public static KnownHosts defaultLocation() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        if (configured != null && !configured.isBlank()) {
            return new KnownHosts(Path.of(configured));
        }
        return new KnownHosts(Path.of(System.getProperty("user.home"), ".config", "securechat", "known_hosts"));
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<Fingerprint> lookup(String host, int port) {
        return column(host, port, 1);
    }

    /** The pinned key's fingerprint, if the line has one. */
    public synchronized Optional<Fingerprint> lookupKey(String host, int port) {
        return column(host, port, 2);
    }

    private Optional<Fingerprint> column(String host, int port, int column) {
        String key = key(host, port);
        return readLines().stream()
                .map(line -> line.strip().split("\\s+"))
                .filter(parts -> parts.length > column && parts[0].equals(key))
                .map(parts -> Fingerprint.parse(parts[column]))
                .findFirst();
    }

    /** Records the fingerprint for host:port, replacing any earlier one. */
    public synchronized void pin(String host, int port, Fingerprint fingerprint) {
        pin(host, port, fingerprint.toString());
    }

    /** Records the certificate's fingerprint and its key's for host:port, replacing any earlier ones. */
    public synchronized void pin(String host, int port, Fingerprint fingerprint, Fingerprint keyFingerprint) {
        pin(host, port, fingerprint + " " + keyFingerprint);
    }

    private void pin(String host, int port, String fingerprints) {
        String key = key(host, port);
        List<String> kept = new ArrayList<>();
        for (String line : readLines()) {
            String[] parts = line.strip().split("\\s+");
            if (!parts[0].equals(key)) {
                kept.add(line);
            }
        }
        kept.add(key + " " + fingerprints);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private List<String> readLines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String key(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }
}
