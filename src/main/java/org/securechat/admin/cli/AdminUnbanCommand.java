package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code admin unban USER | --address CIDR}: lifts the ban. */
@Dependent
@Unremovable
@Command(name = "unban", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Lift the ban of a user, or of exactly this address or network (exit status 1 when not banned).")
public class AdminUnbanCommand extends AdminApiCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    BanTarget target;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        if (target.address == null) {
            api.unban(target.user);
        } else {
            api.unbanAddress(target.address);
        }
        out.println("Unbanned " + (target.address == null ? target.user : target.address) + ".");
    }
}
