package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin stop [--reason R] [--restart]}: every session is told (with --restart: to resume later), everything acknowledged is kept, the server exits 0. */
@Dependent
@Unremovable
@Command(name = "stop", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Shut the server down gracefully.")
public class AdminStopCommand extends AdminApiCommand {
    @Option(names = "--reason", paramLabel = "R", description = "Shown to every connected user.")
    String reason;

    @Option(names = "--restart", description = "Tell connected clients the server will be back, so they reconnect"
            + " and resume by themselves.")
    boolean restart;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        api.stop(reason, restart);
        out.println(restart ? "The server is stopping; clients will resume when it is back." : "The server is stopping.");
    }
}
