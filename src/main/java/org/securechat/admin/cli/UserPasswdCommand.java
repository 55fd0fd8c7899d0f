package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import org.securechat.chat.AccountRecord;
import org.securechat.chat.AccountService;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.SessionTokens;
import org.securechat.chat.port.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code user passwd NAME}: a new password for an account; its sessions already in stay, but every
 * resume token is revoked, so none comes back after a reconnect without the new password.
 */
@Dependent
@Unremovable
@Command(name = "passwd", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Set an account's password. It is typed twice on a terminal, or read as one line of standard input.")
public class UserPasswdCommand extends OneShotCommand {
    @Parameters(paramLabel = "NAME", description = "The account.")
    String name;

    private final AccountStore accounts;
    private final AccountService accountService;
    private final NewPassword newPassword;
    private final Audit audit;
    private final SessionTokens sessionTokens;

    public UserPasswdCommand(AccountStore accounts, AccountService accountService, NewPassword newPassword,
                             Audit audit, SessionTokens sessionTokens) {
        this.sessionTokens = sessionTokens;
        this.accounts = accounts;
        this.accountService = accountService;
        this.newPassword = newPassword;
        this.audit = audit;
    }

    @Override
    protected void execute(PrintWriter out) {
        AccountRecord account = accounts.find(name).join()
                .orElseThrow(() -> CommandFailure.refused("there is no user " + name));
        accountService.setPassword(account.id(), newPassword.read("New password for " + account.name() + ": ")).join();
        audit.record(Actor.COMMAND_LINE, AuditAction.PASSWD, account.name(), null);
        int revoked = sessionTokens.revokeAll(Actor.COMMAND_LINE, account.account(), "password set on the command line")
                .join();
        out.println("Changed the password of " + account.name() + (revoked > 0
                ? "; revoked " + revoked + " resume tokens: every device must log in again." : "."));
    }
}
