package org.securechat.admin;

import io.quarkus.runtime.Quarkus;
import jakarta.enterprise.context.Dependent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: the chat is already listening (started with the application); wait for the stop. */
@Dependent
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the chat server (the default). Configure it with chat.* properties or CHAT_* variables.")
public class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Quarkus.waitForExit();
        return 0;
    }
}
