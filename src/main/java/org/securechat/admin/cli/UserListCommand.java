package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import org.securechat.protocol.Timestamps;
import org.securechat.chat.AccountRecord;
import org.securechat.chat.port.AccountStore;
import picocli.CommandLine.Command;

/** {@code user list}: every account, by name. */
@Dependent
@Unremovable
@Command(name = "list", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "List the accounts.")
public class UserListCommand extends OneShotCommand {
    private final AccountStore accounts;

    public UserListCommand(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void execute(PrintWriter out) {
        Table table = new Table("USER", "ADMIN", "CREATED");
        for (AccountRecord account : accounts.list().join()) {
            table.row(account.name(), account.admin() ? "yes" : "no", Timestamps.format(account.createdAt().toEpochMilli()));
        }
        table.print(out);
    }
}
