package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;

/** {@code admin bans}: the bans in force, of users and of addresses: who set each, why, until when. */
@Dependent
@Unremovable
@Command(name = "bans", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "List the bans in force, of users and of addresses.")
public class AdminBansCommand extends AdminApiCommand {
    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        print(out, "USER", api.bans(), "No one is banned.");
        print(out, "ADDRESS", api.addressBans(), "No address is banned.");
    }

    private static void print(PrintWriter out, String what, List<BanRow> bans, String none) {
        if (bans.isEmpty()) {
            out.println(none);
            return;
        }
        Table table = new Table(what, "BY", "UNTIL", "REASON");
        for (BanRow ban : bans) {
            table.row(ban.banned(), ban.by(), Objects.requireNonNullElse(ban.until(), "unbanned"),
                    Objects.requireNonNullElse(ban.reason(), ""));
        }
        table.print(out);
    }
}
