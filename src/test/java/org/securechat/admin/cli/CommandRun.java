package org.securechat.admin.cli;

import java.nio.file.Path;
import java.util.Map;
import org.securechat.it.ServerProcess;

/** A one-shot command of the packaged jar run to its end: its exit status and everything it printed. */
record CommandRun(int status, String output) {

    /** Runs {@code java -jar quarkus-run.jar args...} with the environment and standard input given (secrets there, never argv). */
    static CommandRun run(Path dataDir, Map<String, String> env, String stdin, String... args) throws Exception {
        try (ServerProcess command = ServerProcess.start(dataDir, env, args)) {
            command.input(stdin);
            int status = command.awaitExit();
            return new CommandRun(status, command.output());
        }
    }
}
