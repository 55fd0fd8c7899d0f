package org.securechat.bench;

import picocli.CommandLine.Option;

/** The soak's options (a mixin of the command, so other modes' options stay apart). */
final class SoakOptions {

    @Option(names = "--soak", description = "soak: hold --soak-sessions sessions for --soak-duration with the server's "
            + "limits as shipped, a mixed load of legitimate users and an attacker flooding joins, registrations and "
            + "history from addresses of its own; prints RSS over time, latency per op, the attacker's refusals by code "
            + "and whether every acknowledged message reached every member session; exit status 0 only then")
    boolean enabled;
    @Option(names = "--soak-duration", description = "seconds the load runs (default ${DEFAULT-VALUE})")
    int durationSeconds = 600;
    @Option(names = "--soak-sessions", description = "legitimate sessions (default ${DEFAULT-VALUE})")
    int sessions = 10_000;
    @Option(names = "--soak-sessions-per-account", description = "sessions of each legitimate account, at most the "
            + "server's 10 (default ${DEFAULT-VALUE})")
    int sessionsPerAccount = 2;
    @Option(names = "--soak-team-size", description = "accounts in each team room (default ${DEFAULT-VALUE})")
    int teamSize = 50;
    @Option(names = "--soak-ops-per-s", description = "legitimate requests per second, all users together, in the "
            + "mix of SoakLoad (default ${DEFAULT-VALUE})")
    double opsPerSecond = 75;
    @Option(names = "--soak-attacker-addresses", description = "the attacker's source addresses, a third each flooding "
            + "joins, history and registrations, 8 connections each (default ${DEFAULT-VALUE}; 0: no attacker)")
    int attackerAddresses = 6;
    @Option(names = "--soak-attacker-window", description = "requests each attacker connection keeps unanswered "
            + "(default ${DEFAULT-VALUE})")
    int attackerWindow = 8;
    @Option(names = "--soak-sample-every", description = "seconds between RSS samples (default ${DEFAULT-VALUE})")
    int sampleSeconds = 10;
}
