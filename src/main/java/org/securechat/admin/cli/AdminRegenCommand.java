package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code admin regen}: a new server password for new logins; sessions already in stay. */
@Dependent
@Unremovable
@Command(name = "regen", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Replace the server password and print the new one.")
public class AdminRegenCommand extends AdminApiCommand {
    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        // the same line form as the server's startup line, so scripts parse both alike
        out.println("Server password: " + api.regenerate());
    }
}
