package org.securechat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Addresses and CIDR networks as an admin types them: the normal form, what they hold, what is refused. */
class AddressRangeTest {
    @Test
    void anIpv4NetworkHoldsItsAddressesOnly() {
        AddressRange range = AddressRange.parse("10.1.2.3/8");
        assertEquals("10.0.0.0/8", range.toString());
        assertTrue(range.contains("10.255.0.1"));
        assertFalse(range.contains("11.0.0.1"));
        assertFalse(range.contains("2001:db8::1"), "an IPv6 address is in no IPv4 network");
        assertTrue(AddressRange.parse("192.0.2.7/31").contains("192.0.2.6"));
        assertFalse(AddressRange.parse("192.0.2.7/31").contains("192.0.2.8"));
        assertEquals("0.0.0.0/0", AddressRange.parse("1.2.3.4/0").toString());
    }

    @Test
    void anAddressAloneIsAllItsBitsAndAMappedOneIsIpv4() {
        AddressRange one = AddressRange.parse("127.0.0.2");
        assertEquals("127.0.0.2/32", one.toString());
        assertTrue(one.contains("127.0.0.2"));
        assertTrue(one.contains("::ffff:127.0.0.2"));
        assertFalse(one.contains("127.0.0.3"));
    }

    @Test
    void anIpv6NetworkComparesItsPrefixBits() {
        AddressRange range = AddressRange.parse("2001:db8:abcd::/33");
        assertEquals("2001:db8:8000:0:0:0:0:0/33", range.toString());
        assertTrue(range.contains("2001:db8:ffff::1"));
        assertFalse(range.contains("2001:db8:7fff::1"));
        assertEquals("0:0:0:0:0:0:0:1/128", AddressRange.parse("::1").toString());
    }

    @Test
    void whatIsNoLiteralIsRefusedAndNeverLookedUp() {
        for (String bad : new String[] {"localhost", "example.org/8", "256.1.1.1", "10.0.0/8", "1.2.3.4/33",
                "1.2.3.4/", "1.2.3.4/-1", "2001:db8::/129", "2001:::1", "fe80::1%eth0", " ", "10.0.0.0/8/8"}) {
            ChatError refused = assertThrows(ChatError.class, () -> AddressRange.parse(bad), bad);
            assertEquals(ChatError.Reason.BAD_REQUEST, refused.reason(), bad);
        }
        assertFalse(AddressRange.parse("10.0.0.0/8").contains("localhost"));
    }
}
