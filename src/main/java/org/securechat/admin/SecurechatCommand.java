package org.securechat.admin;

import jakarta.enterprise.context.Dependent;
import java.util.concurrent.Callable;
import org.securechat.admin.cli.AdminCommand;
import org.securechat.admin.cli.UserCommand;
import picocli.CommandLine.Command;

/** The command line of the server jar; with no command it serves. */
@Dependent
@Command(name = "securechat", mixinStandardHelpOptions = true, version = "securechat 0.1.0",
        description = "A secure multi-user chat server for the terminal.",
        subcommands = {ServeCommand.class, UserCommand.class, AdminCommand.class})
public class SecurechatCommand implements Callable<Integer> {
    private final ServeCommand serve;

    public SecurechatCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() {
        return serve.call();
    }
}
