package org.securechat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.ChatConfig;
import org.securechat.DataDirectory;

/** The storage key file in a real data dir: never, at any moment, readable by anyone but its owner. */
class StorageKeySourceTest {
    @TempDir
    Path scratch;

    @Test
    void aKeyFileThatCannotBeWrittenIsNeverLeftOpenToOthers() throws Exception {
        assumeTrue(SmallDisk.mountable(), "needs root to mount a small filesystem");
        try (SmallDisk disk = SmallDisk.mount(scratch.resolve("disk"), 64)) {
            ChatConfig config = config(disk.root().resolve("data"));
            DataDirectory data = new DataDirectory(config);
            Path key = data.path().resolve(StorageKeySource.FILE);
            disk.fill();
            assertThrows(RuntimeException.class, new StorageKeySource(config, data)::create, "no room for the key");
            if (Files.exists(key)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)),
                        "the key file is created owner-only, not made so after its bytes are written");
            }
        }
    }

    private static ChatConfig config(Path data) {
        return new SmallRyeConfigBuilder()
                .withMapping(ChatConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new MapBackedConfigSource("test", Map.of("chat.data-dir", data.toString())) { })
                .build()
                .getConfigMapping(ChatConfig.class);
    }
}
