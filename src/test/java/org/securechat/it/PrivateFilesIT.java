package org.securechat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securechat.protocol.WireClient;

/** What the data dir lets other local users do: nothing, from the first byte of every file. */
class PrivateFilesIT {
    private static final Map<String, String> ENV = Map.of("CHAT_BCRYPT_COST", "4");
    private static final List<String> DATABASE = List.of("securechat.db", "securechat.db-wal", "securechat.db-shm");

    @TempDir
    Path scratch;

    @Test
    void theDatabaseItsLogAndItsIndexAreOwnerOnlyWhileTheServerRuns() throws Exception {
        Path data = scratch.resolve("data");
        try (ServerProcess server = ServerProcess.start(data, ENV); WireClient ann = server.connect()) {
            ann.ok("register", "user", "ann", "password", "ann-password", "server_password", server.serverPassword());
            ann.ok("send", "room", "general", "text", "in the log now");
            for (String file : DATABASE) {
                assertEquals("rw-------", mode(data.resolve(file)), file);
            }
            assertEquals("rw-------", mode(data.resolve("storage.key")));
            assertEquals("rw-------", mode(data.resolve("tls-key.pem")));
            assertEquals("rwx------", mode(data));
        }
    }

    @Test
    void anExistingDataDirAndDatabaseOpenToOthersAreMadePrivateWithAWarning() throws Exception {
        Path data = scratch.resolve("data");
        try (ServerProcess server = ServerProcess.start(data, ENV)) {
            assertEquals(0, server.stop());
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxr-x"));
        Files.setPosixFilePermissions(data.resolve("securechat.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (ServerProcess server = ServerProcess.start(data, ENV)) {
            assertEquals("rwxrwx---", mode(data), "other users lose their access; the group keeps its own");
            assertEquals("rw-------", mode(data.resolve("securechat.db")));
            assertTrue(server.output().contains("the data dir " + data.toRealPath() + " was open to other users (rwxrwxr-x)"),
                    server.output());
            assertTrue(server.output().contains(data.toRealPath().resolve("securechat.db") + " was open to other users"),
                    server.output());
        }
    }

    @Test
    void aWorldWritableDataDirOfAnotherUserStopsTheStart() throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "needs root to give the directory to another user");
        Path data = Files.createDirectory(scratch.resolve("data"));
        Files.setAttribute(data, "unix:uid", 65534);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        Exception refused = assertThrows(Exception.class, () -> ServerProcess.start(data, ENV).close());
        assertTrue(refused.getMessage().contains("the data dir " + data.toRealPath() + " is writable by every user"),
                refused.getMessage());
        assertEquals(List.of(), List.of(data.toFile().list()), "nothing was written there");
    }

    @Test
    void aDatabaseFileThatAnotherUserOwnsIsNotUsed() throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "needs root to give the file to another user");
        Path data = Files.createDirectory(scratch.resolve("data"));
        Path planted = Files.createFile(data.resolve("securechat.db"));
        Files.setAttribute(planted, "unix:uid", 65534);
        Exception refused = assertThrows(Exception.class, () -> ServerProcess.start(data, ENV).close());
        assertTrue(refused.getMessage().contains(planted.toRealPath() + " belongs to another user"), refused.getMessage());
        assertEquals(0, Files.size(planted));
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
