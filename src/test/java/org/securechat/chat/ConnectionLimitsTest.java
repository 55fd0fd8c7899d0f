package org.securechat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Connections are capped in all and per source; a refused one is not counted, a closed one is counted out. */
class ConnectionLimitsTest {
    @Test
    void theServerWideCapHoldsForEverySource() {
        ConnectionLimits limits = new ConnectionLimits(3, 2);
        assertTrue(limits.admit("203.0.113.1").isEmpty());
        assertTrue(limits.admit("203.0.113.1").isEmpty());
        assertEquals("your address has all the connections it may open (2); close one first",
                limits.admit("203.0.113.1").orElseThrow().getMessage());
        assertTrue(limits.admit("203.0.113.2").isEmpty());
        assertEquals(ChatError.Reason.LIMIT_REACHED, limits.admit("203.0.113.3").orElseThrow().reason());

        limits.release("203.0.113.1");
        assertTrue(limits.admit("203.0.113.3").isEmpty());
    }

    @Test
    void anIpv6NetworkIsOneSource() {
        ConnectionLimits limits = new ConnectionLimits(100, 1);
        assertTrue(limits.admit("2001:db8:1:2::1").isEmpty());
        assertTrue(limits.admit("2001:db8:1:2::99").isPresent());
        assertTrue(limits.admit("2001:db8:1:3::1").isEmpty());
    }
}
