package org.securechat.bench;

import java.util.Map;

/**
 * The connection-scale mode: K authenticated sessions that only ping, spread over accounts and
 * loopback source addresses by a {@link SessionLayout} (one account may hold many sessions; each
 * login still costs the server a bcrypt hash, so K logins take K x ~0.25 s of server CPU at the
 * default cost 12, hence --server-bcrypt-cost). Measures the server's resident and (of a JVM) live
 * heap memory per session, and the generator's own.
 */
final class IdleSessions {

    private IdleSessions() {
    }

    /** Opens the sessions (kept open until the fleet closes) and puts its figures. */
    static void open(Fleet fleet, ServerTarget target, SessionLayout layout, String prefix, String password,
                     int parallelism, Map<String, Double> figures) throws Exception {
        int sessions = layout.sessions();
        long heapBefore = target.hasPid() ? HeapProbe.liveHeapKb(target.pid()) : -1;
        long rssBefore = target.hasPid() ? ProcessSample.of(target.pid()).rssKb() : -1;
        long generatorBefore = ProcessSample.of(ProcessHandle.current().pid()).rssKb();
        long start = System.nanoTime();
        layout.open(fleet, prefix, password, null, parallelism);
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        figures.put("idle_sessions", (double) sessions);
        figures.put("idle_accounts", (double) layout.accounts());
        figures.put("idle_source_addresses", (double) layout.sourceAddresses());
        figures.put("idle_setup_s", setupSeconds);
        figures.put("idle_sessions_opened_per_s", sessions / setupSeconds);
        long generatorAfter = ProcessSample.of(ProcessHandle.current().pid()).rssKb();
        figures.put("generator_rss_mb_with_idle", generatorAfter / 1024.0);
        figures.put("generator_rss_kb_per_idle_session", (generatorAfter - generatorBefore) / (double) sessions);
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
