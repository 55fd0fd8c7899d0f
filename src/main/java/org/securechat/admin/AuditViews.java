package org.securechat.admin;

import org.securechat.chat.AuditEntry;
import org.securechat.chat.ChainCheck;
import org.securechat.protocol.Timestamps;

/** The JSON bodies of the audit calls (snake_case on the wire); a field that does not apply is null. */
public final class AuditViews {
    private AuditViews() {
    }

    public record EntryView(long seq, String at, String actor, String action, String target, String source,
                            String detail, String mac) {
        static EntryView of(AuditEntry entry) {
            var e = entry.event();
            return new EntryView(entry.seq(), Timestamps.format(e.at().toEpochMilli()), e.actor(), e.action(),
                    e.target(), e.source(), e.detail(), entry.mac());
        }
    }

    public record ChainView(boolean ok, long entries, Long headSeq, String headMac, Long brokenAt, String problem) {
        static ChainView of(ChainCheck check) {
            return new ChainView(check.ok(), check.entries(), check.headSeq(), check.headMac(), check.brokenAt(),
                    check.problem());
        }
    }
}
