package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;

/** {@code admin}: moderation through the REST admin API of a running server. */
@Dependent
@Unremovable
@Command(name = "admin", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Moderate a running server through its REST admin API.%n"
                + "Exit status: 0 done, 1 refused or usage error, 2 server unreachable, 3 authentication failed,"
                + " 4 the audit chain is broken.",
        subcommands = {AdminSessionsCommand.class, AdminKickCommand.class, AdminRegenCommand.class,
                AdminStopCommand.class, AdminAuditCommand.class, AdminBanCommand.class, AdminUnbanCommand.class,
                AdminBansCommand.class, AdminInviteCommand.class})
public class AdminCommand {
}
