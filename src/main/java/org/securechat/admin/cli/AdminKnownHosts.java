package org.securechat.admin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The admin API servers the CLI has pinned: one "host:port FINGERPRINT" line each, in
 * {@code admin_known_hosts} of the CLI's config dir, created readable by its owner only.
 */
final class AdminKnownHosts {
    private final Path file;

    AdminKnownHosts(Path file) {
        this.file = file;
    }

    Optional<String> fingerprint(String hostPort) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length == 2 && fields[0].equals(hostPort))
                    .map(fields -> fields[1]).reduce((first, last) -> last);
        } catch (IOException e) {
            throw CommandFailure.refused("cannot read " + file + ": " + e.getMessage());
        }
    }

    void add(String hostPort, String fingerprint) {
        try {
            ConfigDir.createPrivate(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, hostPort + " " + fingerprint + "\n", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw CommandFailure.refused("cannot write " + file + ": " + e.getMessage());
        }
    }
}
