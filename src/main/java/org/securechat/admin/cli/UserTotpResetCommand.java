package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import org.securechat.chat.AccountRecord;
import org.securechat.chat.Actor;
import org.securechat.chat.Audit;
import org.securechat.chat.AuditAction;
import org.securechat.chat.SecondFactors;
import org.securechat.chat.port.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code user totp-reset NAME}: turns off an account's second factor when its owner lost the
 * device and the recovery codes. Local only, like {@code user passwd}: whoever runs it can read
 * the data directory already.
 */
@Dependent
@Unremovable
@Command(name = "totp-reset", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Turn off an account's two-factor authentication (TOTP) and delete its recovery codes, for a"
                + " user who lost both; they log in with the password alone and may set it up again.")
public class UserTotpResetCommand extends OneShotCommand {
    @Parameters(paramLabel = "NAME", description = "The account.")
    String name;

    private final AccountStore accounts;
    private final SecondFactors secondFactors;
    private final Audit audit;

    public UserTotpResetCommand(AccountStore accounts, SecondFactors secondFactors, Audit audit) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.audit = audit;
    }

    @Override
    protected void execute(PrintWriter out) {
        AccountRecord account = accounts.find(name).join()
                .orElseThrow(() -> CommandFailure.refused("there is no user " + name));
        boolean wasOn = secondFactors.reset(account.id()).join();
        if (wasOn) {
            audit.record(Actor.COMMAND_LINE, AuditAction.TOTP_RESET, account.name(), null);
        }
        out.println(wasOn
                ? "Turned off two-factor authentication for " + account.name() + "; its recovery codes are deleted."
                : account.name() + " had no two-factor authentication; nothing changed.");
    }
}
