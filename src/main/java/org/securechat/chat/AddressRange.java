package org.securechat.chat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address or network (CIDR), parsed from a literal and never looked up: the
 * address's bytes and how many leading bits of them count. An IPv4-mapped IPv6 address is its
 * IPv4 address.
 */
public final class AddressRange {
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final byte[] network;
    private final int prefix;

    private AddressRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The range {@code text} names (an address alone is all its bits), or BAD_REQUEST saying why not. */
    public static AddressRange parse(String text) {
        String given = InputRules.required("address", text).strip();
        int slash = given.indexOf('/');
        String literal = slash < 0 ? given : given.substring(0, slash);
        byte[] bytes = literal(literal).orElseThrow(() -> new ChatError(ChatError.Reason.BAD_REQUEST,
                "'" + given + "' is not an IPv4 or IPv6 address or network, such as 10.0.0.0/8 or 2001:db8::/32"));
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = given.substring(slash + 1);
            if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) > bits) {
                throw new ChatError(ChatError.Reason.BAD_REQUEST, "the prefix of '" + given + "' must be 0 to " + bits);
            }
            prefix = Integer.parseInt(digits);
        }
        byte[] network = bytes.clone();
        for (int bit = prefix; bit < bits; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new AddressRange(network, prefix);
    }

    /** Whether the address literal (a peer's) lies in the range; false for anything not a literal. */
    public boolean contains(String address) {
        Optional<byte[]> bytes = literal(address);
        if (bytes.isEmpty() || bytes.get().length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes.get()[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The normal form: the network's address and its prefix, as stored and listed. */
    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (IPV4.matcher(text).matches()) {
            String[] parts = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // A literal with a colon is parsed, never looked up (an IPv4-mapped one comes back as IPv4).
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }
}
