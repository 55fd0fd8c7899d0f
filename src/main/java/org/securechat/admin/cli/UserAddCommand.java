package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import org.securechat.chat.AccountService;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.InputRules;
import org.securechat.chat.port.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user add NAME [--admin]}: a new account, member of {@code general}. */
@Dependent
@Unremovable
@Command(name = "add", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Create an account. The password is typed twice on a terminal, or read as one line of standard input.")
public class UserAddCommand extends OneShotCommand {
    @Parameters(paramLabel = "NAME", description = "2 to 32 of A-Z a-z 0-9 _ . -")
    String name;

    @Option(names = "--admin", description = "Make the account an admin.")
    boolean admin;

    private final AccountStore accounts;
    private final AccountService accountService;
    private final NewPassword newPassword;
    private final Audit audit;

    public UserAddCommand(AccountStore accounts, AccountService accountService, NewPassword newPassword, Audit audit) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.newPassword = newPassword;
        this.audit = audit;
    }

    @Override
    protected void execute(PrintWriter out) {
        String user = InputRules.username(name);
        // refused before asking for a password that would be thrown away
        if (accounts.find(user).join().isPresent()) {
            throw CommandFailure.refused("the name " + user + " is taken");
        }
        accountService.create(user, newPassword.read("Password for " + user + ": "), admin).join();
        audit.record(Actor.COMMAND_LINE, AuditAction.REGISTER, user, admin ? "admin" : null);
        out.println("Created " + (admin ? "admin " : "user ") + user + ".");
    }
}
