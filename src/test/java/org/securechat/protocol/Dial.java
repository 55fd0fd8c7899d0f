package org.securechat.protocol;

import java.util.List;

/**
 * How a test client connects: from which loopback address (the login throttle counts per address),
 * with what socket receive buffer (0: the system's; small makes a slow reader fill up sooner), and
 * which TLS versions and cipher suites (empty: the JDK's) it offers.
 */
record Dial(String fromAddress, int receiveBufferBytes, List<String> protocols, List<String> suites) {
    static final Dial DEFAULT = new Dial("127.0.0.1", 0, List.of("TLSv1.3", "TLSv1.2"), List.of());

    Dial from(String address) {
        return new Dial(address, receiveBufferBytes, protocols, suites);
    }

    Dial receiveBuffer(int bytes) {
        return new Dial(fromAddress, bytes, protocols, suites);
    }

    Dial protocols(String... offered) {
        return new Dial(fromAddress, receiveBufferBytes, List.of(offered), suites);
    }

    Dial suites(String... offered) {
        return new Dial(fromAddress, receiveBufferBytes, protocols, List.of(offered));
    }
}
