package org.securechat.bench;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.securechat.launcher.StartupLines;

/** The log of a server the bench started, line by line as it prints them, with its access password hidden. */
record ServerLog(Path file) implements Consumer<String> {

    @Override
    public void accept(String line) {
        String logged = StartupLines.serverPassword(line).isPresent()
                ? "Server password: (hidden by the load generator)" : line;
        try {
            Files.writeString(file, logged + "\n", CREATE, APPEND);
        } catch (IOException e) {
            // the log is for a look afterwards; the server's output is read on regardless
        }
    }
}
