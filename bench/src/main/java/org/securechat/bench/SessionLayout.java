package org.securechat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How K sessions are spread so that the server's limits as shipped admit them: consecutive
 * sessions share an account ({@code sessionsPerAccount}, at most the cap of 10 sessions an account)
 * and a source address (8 connections an address, or 5 when each session has its own account, so
 * that no address registers more than the 5 accounts it may). The first session of each account
 * registers it, from its own address; the others log in.
 */
record SessionLayout(int sessions, int sessionsPerAccount, LoopbackAddresses addresses) {

    /** chat.limits.connections-per-address as shipped. */
    static final int CONNECTIONS_PER_ADDRESS = 8;
    /** chat.limits.registrations.burst as shipped: accounts one address registers at once. */
    static final int REGISTRATIONS_PER_ADDRESS = 5;

    SessionLayout {
        if (sessions < 1 || sessionsPerAccount < 1) {
            throw new IllegalArgumentException("a layout needs at least one session and one session per account");
        }
    }

    /** {@code sessions} over about {@code accounts} accounts (fewer when that would leave an account without a session). */
    static SessionLayout over(int sessions, int accounts, LoopbackAddresses addresses) {
        return new SessionLayout(sessions, Math.max(1, (sessions + accounts - 1) / accounts), addresses);
    }

    int accounts() {
        return (sessions + sessionsPerAccount - 1) / sessionsPerAccount;
    }

    int account(int session) {
        return session / sessionsPerAccount;
    }

    int sessionsPerAddress() {
        return Math.min(CONNECTIONS_PER_ADDRESS, REGISTRATIONS_PER_ADDRESS * sessionsPerAccount);
    }

    int sourceAddresses() {
        return (sessions + sessionsPerAddress() - 1) / sessionsPerAddress();
    }

    String source(int session) {
        return addresses.get(session / sessionsPerAddress());
    }

    /**
     * Opens every session, the registrations first (a login needs its account), {@code parallelism}
     * at a time; the i-th joins {@code roomOf(i)} unless that is null. The result is in session order.
     */
    List<LoadClient> open(Fleet fleet, String userPrefix, String password, IntFunction<String> roomOf, int parallelism)
            throws Exception {
        List<Integer> registering = new ArrayList<>();
        List<Integer> loggingIn = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            (i % sessionsPerAccount == 0 ? registering : loggingIn).add(i);
        }
        LoadClient[] clients = new LoadClient[sessions];
        for (List<Integer> step : List.of(registering, loggingIn)) {
            List<Credentials> credentials = step.stream()
                    .map(i -> new Credentials(userPrefix + account(i), password, i % sessionsPerAccount == 0)).toList();
            List<LoadClient> opened = fleet.open(credentials,
                    roomOf == null ? null : k -> roomOf.apply(step.get(k)), parallelism, k -> source(step.get(k)));
            for (int k = 0; k < step.size(); k++) {
                clients[step.get(k)] = opened.get(k);
            }
        }
        return List.of(clients);
    }
}
