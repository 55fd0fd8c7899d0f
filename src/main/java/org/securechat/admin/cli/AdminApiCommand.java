package org.securechat.admin.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/** An {@code admin} command: one call to the REST admin API of a running server. */
abstract class AdminApiCommand extends OneShotCommand {
    @Mixin
    AdminApiOptions options;

    @Override
    protected final void execute(PrintWriter out) {
        execute(options.connect(), out);
    }

    protected abstract void execute(AdminApiClient api, PrintWriter out);
}
