package org.securechat.admin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.securechat.chat.ChatError;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reports a failure as one line on stderr and an exit status, never as a stack trace.
 * Commands are {@code @Unremovable}: picocli looks them up through CDI, which Quarkus's removal of
 * unused beans cannot see.
 */
abstract class OneShotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            execute(out);
            return ExitStatus.OK;
        } catch (CommandFailure failure) {
            err.println("securechat: " + failure.getMessage());
            return failure.exitStatus();
        } catch (RuntimeException failure) {
            // The chat's refusals (input rules, a name taken) are written for users; anything else is a fault.
            ChatError refusal = ChatError.in(failure).orElseThrow(() -> failure);
            err.println("securechat: " + refusal.getMessage());
            return ExitStatus.of(refusal.reason());
        } finally {
            out.flush();
            err.flush();
        }
    }

    protected abstract void execute(PrintWriter out);
}
