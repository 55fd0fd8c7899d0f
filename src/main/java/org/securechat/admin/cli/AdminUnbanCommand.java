package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code admin unban USER}: lifts the user's ban. */
@Dependent
@Unremovable
@Command(name = "unban", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Lift a user's ban (exit status 1 when the user is not banned).")
public class AdminUnbanCommand extends AdminApiCommand {
    @Parameters(paramLabel = "USER", description = "The user to unban.")
    String target;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        api.unban(target);
        out.println("Unbanned " + target + ".");
    }
}
