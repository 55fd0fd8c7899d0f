package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin invite [--ttl 1d]}: prints a new single-use invite, which registers in place of the server password. */
@Dependent
@Unremovable
@Command(name = "invite", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Mint a single-use invite: it registers one account in place of the server password.")
public class AdminInviteCommand extends AdminApiCommand {
    @Option(names = "--ttl", paramLabel = "SPAN", converter = SpanConverter.class,
            description = "How long it is good for, such as 2h or 7d (default 7d, at most 90d).")
    Long ttlS;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        AdminApiClient.Invite invite = api.invite(ttlS);
        out.println("Invite: " + invite.invite());
        out.println("Good for one registration until " + invite.expiresAt() + ".");
    }
}
