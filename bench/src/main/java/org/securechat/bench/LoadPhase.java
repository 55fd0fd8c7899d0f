package org.securechat.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One measured stretch of chat: the first {@code senders} clients send {@code messages} each
 * into their room; it ends when every client has received every message sent into its room.
 * Wall time runs from the first send to the last delivery; server CPU is read from /proc over
 * the same stretch.
 */
record LoadPhase(Rooms rooms, int senders, int messages, double rate, int window, int textBytes,
                 long stallTimeoutSeconds) {

    /** What one phase measured; CPU figures are NaN when the server's pid is unknown. */
    record Figures(long expectedDeliveries, long deliveries, long acknowledged, double wallSeconds,
                   double serverCpuSeconds, double serverJitCpuSeconds, double serverWriteSyscalls,
                   double generatorCpuSeconds, Histogram latencyMicros) {

        double deliveriesPerSecond() {
            return deliveries / wallSeconds;
        }

        double acknowledgedPerSecond() {
            return acknowledged / wallSeconds;
        }

        double serverCpuSecondsPerMillionDeliveries() {
            return serverCpuSeconds / deliveries * 1e6;
        }

        /** How much of {@link #serverCpuSecondsPerMillionDeliveries} the JIT compiler spent: high on a cold server. */
        double serverJitCpuSecondsPerMillionDeliveries() {
            return serverJitCpuSeconds / deliveries * 1e6;
        }

        /**
         * How many deliveries one write system call of the server carried: what coalescing achieved.
         * NaN when none was counted: syscw counts write and writev, not send or sendmsg (ngIRCd's).
         */
        double deliveriesPerServerWrite() {
            return serverWriteSyscalls > 0 ? deliveries / serverWriteSyscalls : Double.NaN;
        }

        /** The generator's own cost: it shares the machine's cores with the server. */
        double generatorCpuSecondsPerMillionDeliveries() {
            return generatorCpuSeconds / deliveries * 1e6;
        }

        double latencyMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    Figures run(Fleet fleet, List<LoadClient> clients, ServerTarget target) throws InterruptedException, IOException {
        if (senders > clients.size()) {
            throw new IllegalArgumentException("more senders (" + senders + ") than clients (" + clients.size() + ")");
        }
        long expected = 0;
        CountDownLatch done = new CountDownLatch(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            long deliveries = rooms.deliveriesTo(i, senders, messages);
            clients.get(i).deliveries().expect(deliveries, true, done::countDown);
            expected += deliveries;
        }
        Sender[] roles = new Sender[senders];
        for (int i = 0; i < senders; i++) {
            roles[i] = new Sender(fleet.vertx(), clients.get(i), rooms.of(i), messages, window, rate, textBytes, fleet.failures());
            clients.get(i).becomeSender(roles[i]);
        }
        ProcessSample before = target.hasPid() ? ProcessSample.of(target.pid()) : null;
        ProcessSample generatorBefore = ProcessSample.of(ProcessHandle.current().pid());
        long startNanos = BenchClock.nanos();
        long periodMs = rate > 0 ? Math.round(1000 / rate) : 0;
        for (int i = 0; i < senders; i++) {
            roles[i].start(periodMs * i / senders);
        }
        awaitCompletion(fleet, clients, done, expected);
        awaitAcknowledgements(fleet, roles);
        ProcessSample after = target.hasPid() ? ProcessSample.of(target.pid()) : null;
        ProcessSample generatorAfter = ProcessSample.of(ProcessHandle.current().pid());
        long endNanos = clients.stream().mapToLong(client -> client.deliveries().completedAtNanos()).max().orElseThrow();
        Histogram latency = new Histogram(3);
        long deliveries = 0;
        for (LoadClient client : clients) {
            latency.add(client.deliveries().latency());
            deliveries += client.deliveries().count();
            client.becomeSender(null);
        }
        long acknowledged = 0;
        for (Sender role : roles) {
            acknowledged += role.acknowledgedSoFar();
        }
        return new Figures(expected, deliveries, acknowledged, (endNanos - startNanos) / 1e9,
                before == null ? Double.NaN : after.cpuSecondsSince(before),
                before == null ? Double.NaN : after.jitCpuSecondsSince(before),
                before == null ? Double.NaN : after.writeSyscallsSince(before),
                generatorAfter.cpuSecondsSince(generatorBefore), latency);
    }

    /** The sender's own copy of a message may arrive just before the `ok` to its send: wait for those. */
    private void awaitAcknowledgements(Fleet fleet, Sender[] roles) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(stallTimeoutSeconds);
        while (java.util.Arrays.stream(roles).anyMatch(role -> role.acknowledgedSoFar() < messages)
                && System.nanoTime() < deadline) {
            fleet.failures().throwIfAny();
            Thread.sleep(1);
        }
    }

    /** Waits for every client's last delivery; gives up when nothing arrives for the stall timeout. */
    private void awaitCompletion(Fleet fleet, List<LoadClient> clients, CountDownLatch done, long expected)
            throws InterruptedException {
        long lastTotal = -1;
        long lastProgress = System.nanoTime();
        while (!done.await(100, TimeUnit.MILLISECONDS)) {
            fleet.failures().throwIfAny();
            long total = clients.stream().mapToLong(client -> client.deliveries().count()).sum();
            if (total != lastTotal) {
                lastTotal = total;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(stallTimeoutSeconds)) {
                throw new IllegalStateException("deliveries stalled at " + total + " of " + expected
                        + " for " + stallTimeoutSeconds + " s");
            }
        }
        fleet.failures().throwIfAny();
    }
}
