package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import org.securechat.chat.InputRules;
import org.securechat.store.AccountStore;
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
    private final NewPassword newPassword;

    public UserAddCommand(AccountStore accounts, NewPassword newPassword) {
        this.accounts = accounts;
        this.newPassword = newPassword;
    }

    @Override
    protected void execute(PrintWriter out) {
        String user = InputRules.username(name);
        // refused before asking for a password that would be thrown away
        if (accounts.find(user).isPresent()) {
            throw nameTaken(user);
        }
        String hash = newPassword.hash("Password for " + user + ": ");
        try {
            accounts.create(user, hash, admin).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof AccountStore.NameTakenException) {
                throw nameTaken(user);
            }
            throw e;
        }
        out.println("Created " + (admin ? "admin " : "user ") + user + ".");
    }

    private static CommandFailure nameTaken(String user) {
        return CommandFailure.refused("the name " + user + " is taken");
    }
}
