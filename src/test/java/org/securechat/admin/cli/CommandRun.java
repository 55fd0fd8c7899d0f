package org.securechat.admin.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.securechat.launcher.PackagedServer;
import org.securechat.launcher.ServerLaunch;

/** A one-shot command of the packaged jar run to its end (src/launcher): its exit status and everything it printed. */
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
