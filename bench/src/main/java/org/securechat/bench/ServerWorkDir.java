package org.securechat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The working directory of a server the bench starts: its data directory, which may see more
 * than one start (the restart figure needs the keys and certificate of the first), and its log.
 * Closing removes the data directory; the log stays for a look at what went wrong.
 */
record ServerWorkDir(Path path) implements AutoCloseable {

    static ServerWorkDir create() throws IOException {
        return new ServerWorkDir(Files.createTempDirectory("securechat-bench-"));
    }

    Path data() {
        return path.resolve("data");
    }

    Path log() {
        return path.resolve("server.log");
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(data())) {
            return; // the server stopped before it created it
        }
        try (Stream<Path> files = Files.walk(data())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
