package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;

/** {@code admin bans}: the bans in force, who set each, why, until when. */
@Dependent
@Unremovable
@Command(name = "bans", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "List the bans in force.")
public class AdminBansCommand extends AdminApiCommand {
    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        List<BanRow> bans = api.bans();
        if (bans.isEmpty()) {
            out.println("No one is banned.");
            return;
        }
        Table table = new Table("USER", "BY", "UNTIL", "REASON");
        for (BanRow ban : bans) {
            table.row(ban.user(), ban.by(), Objects.requireNonNullElse(ban.until(), "unbanned"),
                    Objects.requireNonNullElse(ban.reason(), ""));
        }
        table.print(out);
    }
}
