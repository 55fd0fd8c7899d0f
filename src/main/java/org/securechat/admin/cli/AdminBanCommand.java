package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code admin ban USER | --address CIDR [--reason R] [--for 2h]}: refuses the user's logins, or
 * connections from the address or network, and closes their sessions.
 */
@Dependent
@Unremovable
@Command(name = "ban", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Ban a user, or an address or network: their sessions close and their logins (or connections)"
                + " are refused, for a while or until unbanned.")
public class AdminBanCommand extends AdminApiCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    BanTarget target;

    @Option(names = "--reason", paramLabel = "R", description = "Shown to the user.")
    String reason;

    @Option(names = "--for", paramLabel = "SPAN", converter = SpanConverter.class,
            description = "How long, such as 90s, 30m, 2h or 7d (default: until unbanned).")
    Long durationS;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        BanRow ban = target.address == null ? api.ban(target.user, reason, durationS)
                : api.banAddress(target.address, reason, durationS);
        out.println("Banned " + ban.banned() + (ban.until() == null ? " until unbanned." : " until " + ban.until() + "."));
    }
}
