package org.securechat.admin.cli;

/** Why a command failed, as the one line it prints on stderr and the status it exits with. Never holds a secret. */
public class CommandFailure extends RuntimeException {
    private final int exitStatus;

    private CommandFailure(int exitStatus, String message) {
        super(message, null, false, false);
        this.exitStatus = exitStatus;
    }

    public static CommandFailure refused(String message) {
        return new CommandFailure(ExitStatus.REFUSED, message);
    }

    public static CommandFailure unreachable(String message) {
        return new CommandFailure(ExitStatus.UNREACHABLE, message);
    }

    public static CommandFailure authenticationFailed(String message) {
        return new CommandFailure(ExitStatus.AUTHENTICATION_FAILED, message);
    }

    public static CommandFailure chainBroken(String message) {
        return new CommandFailure(ExitStatus.CHAIN_BROKEN, message);
    }

    public static CommandFailure untrusted(String message) {
        return new CommandFailure(ExitStatus.UNTRUSTED, message);
    }

    public int exitStatus() {
        return exitStatus;
    }
}
