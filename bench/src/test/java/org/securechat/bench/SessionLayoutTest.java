package org.securechat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spread of sessions keeps within the server's caps as shipped, which the soak relies on. */
class SessionLayoutTest {

    @Test
    void noAddressHoldsMoreThanEightSessionsOrRegistersMoreThanFiveAccounts() {
        for (int perAccount : new int[] {1, 2, 3, 10}) {
            SessionLayout layout = new SessionLayout(1003, perAccount, LoopbackAddresses.SOAK);
            Map<String, Integer> connections = new HashMap<>();
            Map<String, Integer> registrations = new HashMap<>();
            Map<Integer, Integer> sessionsOfAccount = new HashMap<>();
            for (int i = 0; i < layout.sessions(); i++) {
                connections.merge(layout.source(i), 1, Integer::sum);
                sessionsOfAccount.merge(layout.account(i), 1, Integer::sum);
                if (i % perAccount == 0) {
                    registrations.merge(layout.source(i), 1, Integer::sum);
                }
            }
            assertTrue(connections.values().stream().allMatch(n -> n <= 8), "per account " + perAccount);
            assertTrue(registrations.values().stream().allMatch(n -> n <= 5), "per account " + perAccount);
            assertTrue(sessionsOfAccount.values().stream().allMatch(n -> n <= perAccount), "per account " + perAccount);
            assertEquals(layout.sourceAddresses(), connections.size());
            assertEquals(layout.accounts(), sessionsOfAccount.size());
        }
    }

    @Test
    void addressesAreDistinctLoopbackUnicastAddressesOfTheirBlock() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 256 * 254; i++) {
            String address = LoopbackAddresses.IDLE.get(i);
            assertTrue(address.matches("127\\.20\\.\\d{1,3}\\.\\d{1,3}"), address);
            assertTrue(!address.endsWith(".0") && !address.endsWith(".255"), address);
            assertTrue(seen.add(address), address);
        }
    }
}
