package org.securechat.admin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the admin CLI keeps its files: {@code ~/.config/securechat}, the chat client's directory,
 * or {@code SECURECHAT_CONFIG_DIR}.
 */
final class ConfigDir {
    static final String VARIABLE = "SECURECHAT_CONFIG_DIR";

    private ConfigDir() {
    }

    static Path path() {
        String configured = System.getenv(VARIABLE);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".config", "securechat");
    }

    /** Creates the directory, readable by its owner only, if it is not there yet. */
    static void createPrivate(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }
}
