package org.securechat.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.securechat.ChatConfig;
import org.securechat.DataDirectory;

/**
 * Where the storage key comes from: {@code chat.storage.key}, or {@code <data-dir>/storage.key},
 * created owner-only when {@link StorageKeyCheck} allows it. Never from the database it protects.
 */
@ApplicationScoped
public class StorageKeySource {
    static final String FILE = "storage.key";

    private final ChatConfig config;
    private final DataDirectory dataDirectory;

    public StorageKeySource(ChatConfig config, DataDirectory dataDirectory) {
        this.config = config;
        this.dataDirectory = dataDirectory;
    }

    /** Where the key is read from, for messages: the setting's name or the file's path, never the key. */
    public String origin() {
        return config.storage().key().isPresent() ? "chat.storage.key" : file().toString();
    }

    /** The configured key, or the key file's; empty when there is no key file. */
    public Optional<StorageKey> existing() {
        if (config.storage().key().isPresent()) {
            return Optional.of(decode(config.storage().key().get()));
        }
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        dataDirectory.ownerOnlyIfPresent(FILE);
        try {
            return Optional.of(decode(Files.readString(file, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the storage key file " + file, e);
        }
    }

    /** A new random key in a new key file, or the one another command on this data dir made first. */
    public StorageKey create() {
        byte[] material = new byte[StorageKey.BYTES];
        new SecureRandom().nextBytes(material);
        try {
            dataDirectory.writeNew(FILE, (Base64.getEncoder().encodeToString(material) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (FileAlreadyExistsException e) {
            // that process's key is the one
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the storage key file " + file(), e);
        }
        return existing().orElseThrow();
    }

    private Path file() {
        return dataDirectory.path().resolve(FILE);
    }

    private StorageKey decode(String base64) {
        try {
            return StorageKey.of(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            // The message names the origin, never the value.
            throw new IllegalStateException("the storage key from " + origin() + " is not base64 of 32 bytes");
        }
    }
}
