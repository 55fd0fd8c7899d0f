package org.securechat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Attempts are counted per IPv4 address and per IPv6 /64, the share one host is given. */
class AttemptSourceTest {
    @Test
    void anIpv4AddressIsItsOwnSource() {
        assertEquals("203.0.113.7", AttemptSource.of("203.0.113.7"));
        assertNotEquals(AttemptSource.of("203.0.113.7"), AttemptSource.of("203.0.113.8"));
    }

    @Test
    void everyAddressOfOneIpv6NetworkIsOneSource() {
        assertEquals(AttemptSource.of("2001:db8:1:2::1"), AttemptSource.of("2001:db8:1:2:ffff:eeee:dddd:cccc"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", AttemptSource.of("2001:db8:1:2::1"));
        assertNotEquals(AttemptSource.of("2001:db8:1:2::1"), AttemptSource.of("2001:db8:1:3::1"));
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4One() {
        assertEquals("203.0.113.7", AttemptSource.of("::ffff:203.0.113.7"));
    }
}
