package org.securechat.admin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.securechat.protocol.ProtocolException;
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
        } catch (ProtocolException refusal) {
            // the input rules shared with the protocol: their messages are written for users
            err.println("securechat: " + refusal.getMessage());
            return ExitStatus.REFUSED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    protected abstract void execute(PrintWriter out);
}
