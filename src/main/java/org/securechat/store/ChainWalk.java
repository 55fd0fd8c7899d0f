package org.securechat.store;

import java.util.HexFormat;
import org.securechat.chat.AuditEvent;
import org.securechat.chat.ChainCheck;

/**
 * One pass over the audit chain, oldest entry first, as any store reads it: from the genesis, each
 * entry's seq the next one and its MAC the one the chain gives it. The first entry that is not so is
 * where the chain breaks.
 */
public final class ChainWalk {
    private final AuditChain chain;
    private long expected = 1;
    private byte[] previous = AuditChain.GENESIS;
    private long checked;
    private ChainCheck broken;

    public ChainWalk(AuditChain chain) {
        this.chain = chain;
    }

    /** Checks the next stored entry; false once the chain is broken (the rest need not be read). */
    public boolean next(long seq, AuditEvent event, String keyId, byte[] mac) {
        if (broken != null) {
            return false;
        }
        if (seq != expected) {
            broken = ChainCheck.broken(checked, expected, seq > expected ? missing(expected, seq - 1)
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
            return ChainCheck.broken(checked, expected, missing(expected, appendedUpTo)
                    + ": this server appended up to " + appendedUpTo);
        }
        return checked == 0 ? ChainCheck.intact(0, null, null)
                : ChainCheck.intact(checked, head, HexFormat.of().formatHex(previous));
    }

    private static String missing(long first, long last) {
        return first == last ? "entry " + first + " is missing" : "entries " + first + " to " + last + " are missing";
    }
}
