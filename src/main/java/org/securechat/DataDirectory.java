package org.securechat;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The data dir: the database, the storage key, the generated certificate. Created owner-only. */
@ApplicationScoped
public class DataDirectory {
    private final Path path;

    public DataDirectory(ChatConfig config) {
        this.path = Path.of(config.dataDir()).toAbsolutePath().normalize();
    }

    public Path path() {
        try {
            Files.createDirectories(path.getParent());
            Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // an existing directory is used as it is
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data dir " + path, e);
        }
        return path;
    }
}
