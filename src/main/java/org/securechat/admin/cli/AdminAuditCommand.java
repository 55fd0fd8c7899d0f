package org.securechat.admin.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.io.PrintWriter;
import java.util.List;
import org.securechat.chat.AuditEntry;
import org.securechat.chat.AuditEvent;
import org.securechat.chat.ChainCheck;
import org.securechat.protocol.Timestamps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin audit [--limit N] [--account U] [--action A] [--before SEQ] | --verify}: the audit trail, newest first. */
@Dependent
@Unremovable
@Command(name = "audit", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitStatus.REFUSED,
        description = "List the audit trail, newest first, or verify its chain (exit status "
                + ExitStatus.CHAIN_BROKEN + " when it is broken).")
public class AdminAuditCommand extends AdminApiCommand {
    @Option(names = "--limit", paramLabel = "N", description = "At most N entries (default 100, at most 1000).")
    Long limit;

    @Option(names = "--account", paramLabel = "U", description = "Only the entries whose actor or target is U.")
    String account;

    @Option(names = "--action", paramLabel = "A", description = "Only the entries of this action (e.g. login_failed).")
    String action;

    @Option(names = "--before", paramLabel = "SEQ", description = "Only the entries before this seq (the next page).")
    Long before;

    @Option(names = "--verify", description = "Check the chain instead: every entry as it was appended.")
    boolean verify;

    @Override
    protected void execute(AdminApiClient api, PrintWriter out) {
        if (verify) {
            verify(api.verifyAudit(), out);
            return;
        }
        List<AuditEntry> entries = api.audit(limit, account, action, before);
        if (entries.isEmpty()) {
            out.println("No audit entries.");
            return;
        }
        Table table = new Table("SEQ", "AT", "ACTOR", "ACTION", "TARGET", "SOURCE", "DETAIL");
        for (AuditEntry entry : entries) {
            AuditEvent e = entry.event();
            table.row(String.valueOf(entry.seq()), Timestamps.format(e.at().toEpochMilli()), shown(e.actor()),
                    e.action(), shown(e.target()), e.source(), shown(e.detail()));
        }
        table.print(out);
    }

    private static void verify(ChainCheck check, PrintWriter out) {
        if (!check.ok()) {
            throw CommandFailure.chainBroken("the audit chain is broken at entry " + check.brokenAt() + ": "
                    + check.problem() + " (" + check.entries() + " entries before it verified)");
        }
        out.println(check.entries() == 0 ? "The audit trail is empty."
                : "The audit chain is intact: " + check.entries() + " entries, head " + check.headSeq() + " "
                        + check.headMac() + ".");
    }

    private static String shown(String field) {
        return field == null ? "-" : field;
    }
}
