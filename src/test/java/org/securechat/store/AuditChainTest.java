package org.securechat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.securechat.chat.AuditEvent;
import org.securechat.chat.ChainCheck;

/** The chain's MAC: bound to every field and its boundaries, to the entry before, and to the storage key. */
class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-12-02T10:00:00.123Z");
    private final AuditChain chain = AuditChain.derivedFrom(randomKey());

    private static StorageKey randomKey() {
        byte[] material = new byte[StorageKey.BYTES];
        new SecureRandom().nextBytes(material);
        return StorageKey.of(material);
    }

    private static AuditEvent event(String actor, String target, String detail) {
        return new AuditEvent(AT, actor, "kick", target, "127.0.0.1", detail);
    }

    @Test
    void theSameEntryHasTheSameMacAndAnyChangedFieldAnother() {
        byte[] mac = chain.mac(AuditChain.GENESIS, 1, event("root", "mallory", "spam"));
        assertArrayEquals(mac, chain.mac(AuditChain.GENESIS, 1, event("root", "mallory", "spam")));
        assertFalse(AuditChain.same(mac, chain.mac(AuditChain.GENESIS, 2, event("root", "mallory", "spam"))));
        assertFalse(AuditChain.same(mac, chain.mac(new byte[32], 1, event("root", "mallory", "spam!"))));
        assertFalse(AuditChain.same(mac, chain.mac(AuditChain.GENESIS, 1,
                new AuditEvent(AT.plusMillis(1), "root", "kick", "mallory", "127.0.0.1", "spam"))));
        byte[] other = mac.clone();
        other[0] ^= 1;
        assertFalse(AuditChain.same(mac, chain.mac(other, 1, event("root", "mallory", "spam"))), "chained to the one before");
    }

    /** Length prefixes and presence bytes: moving text across a field boundary, or an empty field for none, is another entry. */
    @Test
    void fieldBoundariesAndAbsentFieldsArePartOfTheMac() {
        byte[] mac = chain.mac(AuditChain.GENESIS, 1, event("root", "mallory", "spam"));
        assertFalse(AuditChain.same(mac, chain.mac(AuditChain.GENESIS, 1, event("roo", "tmallory", "spam"))));
        byte[] none = chain.mac(AuditChain.GENESIS, 1, event("root", "mallory", null));
        assertFalse(AuditChain.same(none, chain.mac(AuditChain.GENESIS, 1, event("root", "mallory", ""))));
    }

    @Test
    void anotherStorageKeyMakesOtherMacsAndTheWalkSaysWhichEntryBreaks() {
        AuditChain other = AuditChain.derivedFrom(randomKey());
        AuditEvent e = event("root", "mallory", "spam");
        assertFalse(AuditChain.same(chain.mac(AuditChain.GENESIS, 1, e), other.mac(AuditChain.GENESIS, 1, e)));

        byte[] first = chain.mac(AuditChain.GENESIS, 1, e);
        byte[] second = chain.mac(first, 2, e);
        ChainWalk walk = new ChainWalk(chain);
        assertTrue(walk.next(1, e, chain.keyId(), first));
        assertTrue(walk.next(2, e, chain.keyId(), second));
        assertEquals(ChainCheck.intact(2, 2L, HexFormat.of().formatHex(second)), walk.result(2));
        assertEquals(ChainCheck.broken(2, 3, "entry 3 is missing: this server appended up to 3"), walk.result(3));

        ChainWalk forged = new ChainWalk(chain);
        assertTrue(forged.next(1, e, chain.keyId(), first));
        assertFalse(forged.next(2, e, chain.keyId(), other.mac(first, 2, e)), "a MAC under another key");
        assertEquals(2, forged.result(0).brokenAt());
    }
}
