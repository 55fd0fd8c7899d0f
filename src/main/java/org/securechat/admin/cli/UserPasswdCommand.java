package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import org.securechat.store.AccountRecord;
import org.securechat.store.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code user passwd NAME}: a new password for an account; its sessions already in stay. */
@Dependent
@Unremovable
@Command(name = "passwd", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Set an account's password. It is typed twice on a terminal, or read as one line of standard input.")
public class UserPasswdCommand extends OneShotCommand {
    @Parameters(paramLabel = "NAME", description = "The account.")
    String name;

    private final AccountStore accounts;
    private final NewPassword newPassword;

    public UserPasswdCommand(AccountStore accounts, NewPassword newPassword) {
        this.accounts = accounts;
        this.newPassword = newPassword;
    }

    @Override
    protected void execute(PrintWriter out) {
        AccountRecord account = accounts.find(name)
                .orElseThrow(() -> CommandFailure.refused("there is no user " + name));
        accounts.setPassword(account.id(), newPassword.hash("New password for " + account.name() + ": ")).join();
        out.println("Changed the password of " + account.name() + ".");
    }
}
