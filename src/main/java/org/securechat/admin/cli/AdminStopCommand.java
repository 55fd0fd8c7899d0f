package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin stop [--reason R]}: every session is told, everything acknowledged is kept, the server exits 0. */
@Dependent
@Unremovable
@Command(name = "stop", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Shut the server down gracefully.")
public class AdminStopCommand extends AdminApiCommand {
    @Option(names = "--reason", paramLabel = "R", description = "Shown to every connected user.")
    String reason;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        api.stop(reason);
        out.println("The server is stopping.");
    }
}
