package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;

/** {@code user}: accounts, on the data directory's database itself (works while the server runs). */
@Dependent
@Unremovable
@Command(name = "user", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "Manage accounts in the data directory (CHAT_DATA_DIR); safe while the server runs.",
        subcommands = {UserAddCommand.class, UserPasswdCommand.class, UserTotpResetCommand.class, UserListCommand.class})
public class UserCommand {
}
