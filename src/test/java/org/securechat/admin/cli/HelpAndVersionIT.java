package org.securechat.admin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Asking the server jar for help or its version, or calling a server's API, from any directory, leaves no data dir behind. */
class HelpAndVersionIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "--version", "user add --help", "serve --help", "admin -h"})
    void answersWithoutCreatingTheDataDir(String args) throws Exception {
        Path data = dir.resolve("data");
        CommandRun run = CommandRun.run(data, Map.of(), "", args.split(" "));
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains(args.equals("--version") ? "securechat 0.1.0" : "Usage:"), run.output());
        assertTrue(Files.notExists(data), () -> "created " + list(data) + "\n" + run.output());
    }

    /** An admin command calls a running server's API: it has no business with a data dir where it runs. */
    @Test
    void anAdminCommandLeavesNoDataDir() throws Exception {
        Path data = dir.resolve("data");
        CommandRun run = CommandRun.run(data, Map.of("SECURECHAT_ADMIN_PASSWORD", "not-used-here"), "",
                "admin", "sessions", "--url", "http://127.0.0.1:9", "--user", "root");
        assertEquals(ExitStatus.UNREACHABLE, run.status(), run.output());
        assertTrue(Files.notExists(data), () -> "created " + list(data) + "\n" + run.output());
    }

    private static String list(Path data) {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(Path::toString).toList().toString();
        } catch (Exception e) {
            return data.toString();
        }
    }
}
