package org.securechat.tui.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The resume tokens this client holds, one {@code host:port user TOKEN DEVICE-ID} per line, in {@code sessions}
 * beside known_hosts. A token logs in without a password, so the file is created 0600 (never readable by others,
 * not even between creation and chmod) and replaced atomically: a crash mid-write leaves the old file whole.
 */
public final class StoredSessions {
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    /** A token and the device id it was issued to. toString never shows the token. */
    public record Stored(String token, String deviceId) {
        @Override
        public String toString() {
            return "Stored[token=***, deviceId=" + deviceId + "]";
        }
    }

    private final Path file;

    public StoredSessions(Path file) {
        this.file = file;
    }

    /** The {@code sessions} file in the directory of {@code knownHosts}. */
    public static StoredSessions beside(Path knownHosts) {
        return new StoredSessions(knownHosts.toAbsolutePath().resolveSibling("sessions"));
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<Stored> lookup(Endpoint server, String user) {
        String key = key(server);
        return readLines().stream().map(line -> line.strip().split("\\s+"))
                .filter(parts -> parts.length == 4 && parts[0].equals(key) && parts[1].equalsIgnoreCase(user))
                .map(parts -> new Stored(parts[2], parts[3])).findFirst();
    }

    /** Keeps the newest token of server+user, replacing the one it rotated out. */
    public synchronized void save(Endpoint server, String user, Stored session) {
        List<String> kept = others(server, user);
        kept.add(key(server) + " " + user + " " + session.token() + " " + session.deviceId());
        write(kept);
    }

    public synchronized void forget(Endpoint server, String user) {
        if (lookup(server, user).isPresent()) {
            write(others(server, user));
        }
    }

    private List<String> others(Endpoint server, String user) {
        String key = key(server);
        List<String> kept = new ArrayList<>();
        for (String line : readLines()) {
            String[] parts = line.strip().split("\\s+");
            if (!(parts.length > 1 && parts[0].equals(key) && parts[1].equalsIgnoreCase(user))) {
                kept.add(line);
            }
        }
        return kept;
    }

    private void write(List<String> lines) {
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, OWNER_ONLY_DIR);
            }
            Path temp = Files.createTempFile(dir, ".sessions", ".tmp", OWNER_ONLY);
            try {
                Files.write(temp, lines);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private List<String> readLines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String key(Endpoint server) {
        return server.host().toLowerCase(Locale.ROOT) + ":" + server.port();
    }
}
