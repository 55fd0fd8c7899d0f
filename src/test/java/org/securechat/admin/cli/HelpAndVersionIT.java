package org.securechat.admin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Asking the server jar for help or its version, from any directory, leaves no data dir behind. */
@QuarkusMainIntegrationTest
@TestProfile(HelpAndVersionIT.DataDirOfThisRun.class)
class HelpAndVersionIT {
    /** Where the jar would make its data dir: one of this test JVM's own, so no earlier run can leave it behind. */
    private static final Path DATA = Path.of("target", "help-and-version-" + ProcessHandle.current().pid(), "data")
            .toAbsolutePath();

    /** Hands the data dir to the packaged jar, which the launcher runs with the profile's settings. */
    public static class DataDirOfThisRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chat.data-dir", DATA.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "--version", "user add --help", "serve --help", "admin -h"})
    void answersWithoutCreatingTheDataDir(String args, QuarkusMainLauncher launcher) {
        LaunchResult run = launcher.launch(args.split(" "));
        String output = run.getOutput() + "\n" + run.getErrorOutput();
        assertEquals(0, run.exitCode(), output);
        assertTrue(output.contains(args.equals("--version") ? "securechat 0.1.0" : "Usage:"), output);
        assertTrue(Files.notExists(DATA), () -> "created " + list(DATA) + "\n" + output);
    }

    private static String list(Path data) {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(Path::toString).toList().toString();
        } catch (Exception e) {
            return data.toString();
        }
    }
}
