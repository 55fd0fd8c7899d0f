package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admin ban USER [--reason R] [--for 2h]}: refuses the user's logins and closes their sessions. */
@Dependent
@Unremovable
@Command(name = "ban", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Ban a user: their sessions close and their logins are refused, for a while or until unbanned.")
public class AdminBanCommand extends AdminApiCommand {
    @Parameters(paramLabel = "USER", description = "The user to ban.")
    String target;

    @Option(names = "--reason", paramLabel = "R", description = "Shown to the user.")
    String reason;

    @Option(names = "--for", paramLabel = "SPAN", converter = SpanConverter.class,
            description = "How long, such as 90s, 30m, 2h or 7d (default: until unbanned).")
    Long durationS;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        BanRow ban = api.ban(target, reason, durationS);
        out.println("Banned " + ban.user() + (ban.until() == null ? " until unbanned." : " until " + ban.until() + "."));
    }
}
