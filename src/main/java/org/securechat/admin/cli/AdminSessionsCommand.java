package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code admin sessions}: who is online, from where, since when, in which rooms. */
@Dependent
@Unremovable
@Command(name = "sessions", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "List the online sessions.")
public class AdminSessionsCommand extends AdminApiCommand {
    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        List<SessionRow> sessions = api.sessions();
        if (sessions.isEmpty()) {
            out.println("No one is online.");
            return;
        }
        Table table = new Table("USER", "ADDRESS", "SINCE", "ROOMS");
        for (SessionRow session : sessions) {
            table.row(session.user(), session.remoteAddress(), session.since(), String.join(", ", session.rooms()));
        }
        table.print(out);
    }
}
