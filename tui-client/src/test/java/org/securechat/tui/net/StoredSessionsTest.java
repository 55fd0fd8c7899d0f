package org.securechat.tui.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sessions file: beside known_hosts, owner-only from its creation, one entry per server and user. */
class StoredSessionsTest {
    private static final Endpoint HOME = new Endpoint("Chat.Example", 7443);
    private static final Endpoint OTHER = new Endpoint("chat.example", 7444);

    @TempDir
    Path dir;

    @Test
    void theFileIsCreatedOwnerOnlyBesideKnownHostsInAnOwnerOnlyDirectory() throws Exception {
        StoredSessions sessions = StoredSessions.beside(dir.resolve("config/known_hosts"));
        assertEquals(dir.resolve("config/sessions"), sessions.file());
        sessions.save(HOME, "alice", new StoredSessions.Stored("t1", "d1"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sessions.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config"))));
        assertEquals(Optional.of(new StoredSessions.Stored("t1", "d1")), sessions.lookup(HOME, "Alice"));
    }

    @Test
    void aRotatedTokenReplacesTheOldOneAtomicallyAndKeepsTheOtherEntries() throws Exception {
        StoredSessions sessions = new StoredSessions(dir.resolve("sessions"));
        sessions.save(HOME, "alice", new StoredSessions.Stored("t1", "d1"));
        sessions.save(HOME, "bob", new StoredSessions.Stored("b1", "d2"));
        sessions.save(OTHER, "alice", new StoredSessions.Stored("o1", "d3"));
        sessions.save(HOME, "alice", new StoredSessions.Stored("t2", "d1"));

        assertEquals("t2", sessions.lookup(HOME, "alice").orElseThrow().token());
        assertEquals("b1", sessions.lookup(HOME, "bob").orElseThrow().token());
        assertEquals("o1", sessions.lookup(OTHER, "alice").orElseThrow().token());
        List<String> lines = Files.readAllLines(sessions.file());
        assertEquals(3, lines.size());
        assertTrue(lines.stream().noneMatch(line -> line.contains("t1")), "the old token is gone: " + lines);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sessions.file())));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(sessions.file()), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void forgettingRemovesOnlyThatEntry() {
        StoredSessions sessions = new StoredSessions(dir.resolve("sessions"));
        sessions.save(HOME, "alice", new StoredSessions.Stored("t1", "d1"));
        sessions.save(HOME, "bob", new StoredSessions.Stored("b1", "d2"));
        sessions.forget(HOME, "alice");
        assertEquals(Optional.empty(), sessions.lookup(HOME, "alice"));
        assertEquals("b1", sessions.lookup(HOME, "bob").orElseThrow().token());
        assertTrue(!sessions.lookup(HOME, "bob").orElseThrow().toString().contains("b1"), "toString hides the token");
    }
}
