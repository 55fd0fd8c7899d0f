package org.securechat.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.securechat.ChatConfig;
import org.securechat.DataDirectory;

/**
 * Where the storage key comes from: {@code chat.storage.key}, or {@code <data-dir>/storage.key},
 * created owner-only on first start. Never from the database it protects.
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

    /** The cipher under the loaded key; the first injection loads (or creates) the key. */
    @Produces
    @Singleton
    MessageCipher cipher() {
        return new MessageCipher(load());
    }

    public StorageKey load() {
        if (config.storage().key().isPresent()) {
            return decode(config.storage().key().get(), "chat.storage.key");
        }
        Path file = dataDirectory.path().resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create();
            }
            dataDirectory.ownerOnlyIfPresent(FILE);
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the storage key file " + file, e);
        }
    }

    private void create() throws IOException {
        byte[] material = new byte[StorageKey.BYTES];
        new SecureRandom().nextBytes(material);
        try {
            dataDirectory.writeNew(FILE, (Base64.getEncoder().encodeToString(material) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (FileAlreadyExistsException e) {
            // a command on the same data dir made it first: that key is the one
        }
    }

    private static StorageKey decode(String base64, String origin) {
        try {
            return StorageKey.of(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            // The message names the origin, never the value.
            throw new IllegalStateException("the storage key from " + origin + " is not base64 of 32 bytes");
        }
    }
}
