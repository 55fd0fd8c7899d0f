package org.securechat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The connection-scale mode: K authenticated sessions that only ping, spread over a few
 * accounts (one account may hold many sessions; each login still costs the server a bcrypt
 * hash, so K logins take K x ~0.25 s of server CPU at the default cost 12, hence
 * --server-bcrypt-cost). Measures the server's resident and (of a JVM) live heap memory per session.
 */
final class IdleSessions {

    private IdleSessions() {
    }

    /** Opens the sessions (kept open until the fleet closes) and puts its figures. */
    static void open(Fleet fleet, ServerTarget target, String prefix, int sessions, int accounts,
                                 String password, int parallelism, Map<String, Double> figures) throws Exception {
        int accountCount = Math.min(accounts, sessions);
        long heapBefore = target.hasPid() ? HeapProbe.liveHeapKb(target.pid()) : -1;
        long rssBefore = target.hasPid() ? ProcessSample.of(target.pid()).rssKb() : -1;
        long start = System.nanoTime();
        List<Credentials> registrations = BenchCommand.accounts(prefix, accountCount, password);
        fleet.open(registrations, null, parallelism);
        List<Credentials> logins = new ArrayList<>();
        for (int i = accountCount; i < sessions; i++) {
            Credentials account = registrations.get(i % accountCount);
            logins.add(new Credentials(account.user(), password, false));
        }
        fleet.open(logins, null, parallelism);
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        figures.put("idle_sessions", (double) sessions);
        figures.put("idle_setup_s", setupSeconds);
        figures.put("idle_sessions_opened_per_s", sessions / setupSeconds);
        if (target.hasPid()) {
            long heapAfter = HeapProbe.liveHeapKb(target.pid());
            long rssAfter = ProcessSample.of(target.pid()).rssKb();
            figures.put("server_rss_mb_with_idle", rssAfter / 1024.0);
            figures.put("server_rss_kb_per_idle_session", (rssAfter - rssBefore) / (double) sessions);
            figures.put("server_heap_mb_with_idle", heapAfter < 0 ? Double.NaN : heapAfter / 1024.0);
            figures.put("server_heap_kb_per_idle_session",
                    heapBefore < 0 || heapAfter < 0 ? Double.NaN : (heapAfter - heapBefore) / (double) sessions);
        }
    }
}
