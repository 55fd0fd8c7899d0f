package org.securechat.admin.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code admin ban} and {@code admin unban} act on (an exclusive group: one of the two). */
public class BanTarget {
    @Parameters(paramLabel = "USER", description = "The user.")
    String user;

    @Option(names = "--address", paramLabel = "CIDR", description = "An IPv4 or IPv6 address or network, such as 10.0.0.0/8.")
    String address;
}
