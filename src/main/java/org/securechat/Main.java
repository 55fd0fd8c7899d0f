package org.securechat;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import org.securechat.admin.SecurechatCommand;
import picocli.CommandLine;

/**
 * The jar's entry point. {@code serve} (the default) runs the chat; every other command is one-shot
 * and must not bind the chat, HTTP or management ports, which is decided before Quarkus starts.
 */
@QuarkusMain
public class Main implements QuarkusApplication {
    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

    @Inject
    CommandLine.IFactory factory;

    @Inject
    SecurechatCommand command;

    public static void main(String... args) {
        boolean helpOrVersion = Arrays.stream(args).anyMatch(HELP_OR_VERSION::contains);
        boolean remote = args.length > 0 && args[0].equals("admin");
        if (helpOrVersion || remote) {
            // They read no data dir (admin calls a running server's API): run from any directory,
            // they must not create one there.
            System.setProperty("chat.store.enabled", "false");
        }
        if (helpOrVersion || args.length > 0 && !args[0].equals("serve")) {
            System.setProperty("chat.listener.enabled", "false");
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.management.host-enabled", "false");
            System.setProperty("quarkus.log.level", System.getProperty("quarkus.log.level", "WARN"));
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        return new CommandLine(command, factory).execute(args);
    }
}
