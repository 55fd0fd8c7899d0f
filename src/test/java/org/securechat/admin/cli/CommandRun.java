package org.securechat.admin.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.securechat.launcher.PackagedServer;
import org.securechat.launcher.ServerLaunch;

/**
 * A one-shot command of the packaged jar run to its end by src/launcher: its exit status and
 * everything it printed. Not Quarkus's QuarkusMainLauncher, which HelpAndVersionIT uses: these
 * commands take a password on standard input, the admin's secret in the environment, and the data
 * dir and ports of a server the test started, and that launcher passes none of those.
 */
record CommandRun(int status, String output) {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** Runs {@code java -jar quarkus-run.jar args...} with the environment and standard input given (secrets there, never argv). */
    static CommandRun run(Path dataDir, Map<String, String> env, String stdin, String... args) throws Exception {
        try (PackagedServer command = PackagedServer.start(ServerLaunch.of(ServerLaunch.builtJar(), dataDir)
                .environment(env).arguments(List.of(args)))) {
            command.input(stdin);
            return new CommandRun(command.awaitExit(LIMIT), command.output());
        }
    }
}
