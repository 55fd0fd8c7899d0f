package org.securechat.store;

import java.util.HexFormat;
import org.securechat.chat.AuditEvent;
import org.securechat.chat.ChainCheck;

/**
 * One pass over the audit chain, oldest entry first, as any store reads it: from the genesis, or
 * from the anchor that pruning left (whose own MAC must hold), each entry's seq the next one and its
 * MAC the one the chain gives it. The first entry that is not so is where the chain breaks.
 */
public final class ChainWalk {
    private final AuditChain chain;
    private long expected;
    private byte[] previous;
    private long checked;
    private ChainCheck broken;

    /** A walk from the first entry, or from an anchor ({@code anchorSeq} not null) after pruning. */
    public ChainWalk(AuditChain chain, Long anchorSeq, byte[] anchorEntryMac, byte[] anchorMac) {
        this.chain = chain;
        if (anchorSeq == null) {
            expected = 1;
            previous = AuditChain.GENESIS;
        } else if (!AuditChain.same(anchorMac, chain.anchorMac(anchorSeq, anchorEntryMac))) {
            broken = ChainCheck.broken(0, anchorSeq + 1, "the anchor left by pruning (after entry " + anchorSeq
                    + ") was altered: the oldest entries may have been removed");
        } else {
            expected = anchorSeq + 1;
            previous = anchorEntryMac;
        }
    }

    /** Checks the next stored entry; false once the chain is broken (the rest need not be read). */
    public boolean next(long seq, AuditEvent event, String keyId, byte[] mac) {
        if (broken != null) {
            return false;
        }
        if (seq != expected) {
            broken = ChainCheck.broken(checked, expected, seq > expected
                    ? (seq - 1 > expected ? "entries " + expected + " to " + (seq - 1) + " are missing"
                    : "entry " + expected + " is missing")
                    : "entry " + seq + " is out of place: entry " + expected + " was expected");
            return false;
        }
        if (!chain.keyId().equals(keyId)) {
            broken = ChainCheck.broken(checked, seq, "entry " + seq + " names another storage key (" + keyId + ")");
            return false;
        }
        if (!AuditChain.same(mac, chain.mac(previous, seq, event))) {
            broken = ChainCheck.broken(checked, seq, "entry " + seq + " does not match its MAC: it was altered,"
                    + " inserted or moved, or the entry before it was");
            return false;
        }
        previous = mac;
        expected = seq + 1;
        checked++;
        return true;
    }

    /**
     * The verdict, once every entry is read. {@code appendedUpTo} is the highest seq this server
     * knows it committed: a chain that ends before it lost its newest entries.
     */
    public ChainCheck result(long appendedUpTo) {
        if (broken != null) {
            return broken;
        }
        long head = expected - 1;
        if (head < appendedUpTo) {
            return ChainCheck.broken(checked, expected, "entries " + expected + " to " + appendedUpTo
                    + " are missing: this server appended up to " + appendedUpTo);
        }
        return checked == 0 && head == 0 ? ChainCheck.intact(0, null, null)
                : ChainCheck.intact(checked, head, HexFormat.of().formatHex(previous));
    }
}
