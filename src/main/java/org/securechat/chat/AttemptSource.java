package org.securechat.chat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Where login attempts are counted from: an IPv4 address, or the /64 network of an IPv6 one, since
 * one host is routinely given a whole /64 and could otherwise claim fresh addresses without end.
 */
public final class AttemptSource {
    private static final int IPV6_NETWORK_BYTES = 8;

    private AttemptSource() {
    }

    /** The source of a peer's address literal (an IPv4-mapped IPv6 address is its IPv4 address). */
    public static String of(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal with a colon is parsed, never looked up.
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}
