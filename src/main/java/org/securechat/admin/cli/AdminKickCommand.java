package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admin kick USER [--reason R] [--revoke]}: closes every session of the user, who is told why. */
@Dependent
@Unremovable
@Command(name = "kick", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Disconnect every session of a user (exit status 1 when the user is not online).")
public class AdminKickCommand extends AdminApiCommand {
    @Parameters(paramLabel = "USER", description = "The user to disconnect.")
    String target;

    @Option(names = "--reason", paramLabel = "R", description = "Shown to the user.")
    String reason;

    @Option(names = "--revoke", description = "Also revoke the user's resume tokens, so they must log in again"
            + " (works when the user is offline too; exit status 1 when there is no such user).")
    boolean revoke;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        api.kick(target, reason, revoke);
        out.println(revoke ? "Kicked " + target + " and revoked their sessions." : "Kicked " + target + ".");
    }
}
