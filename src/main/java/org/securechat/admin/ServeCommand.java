package org.securechat.admin;

import io.quarkus.runtime.Quarkus;
import jakarta.enterprise.context.Dependent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the chat is already listening (started with the application); wait for the stop. */
@Dependent
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the chat server (the default). Configure it with chat.* properties or CHAT_* variables.")
public class ServeCommand implements Callable<Integer> {
    // The build's training start uses it: the JVM archives the classes a whole start and stop load.
    @Option(names = "--exit-after-start",
            description = "Start completely (print the two startup lines), then stop as on SIGTERM.")
    boolean exitAfterStart;

    @Override
    public Integer call() {
        if (!exitAfterStart) {
            Quarkus.waitForExit();
        }
        return 0;
    }
}
