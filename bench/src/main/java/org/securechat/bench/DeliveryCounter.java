package org.securechat.bench;

import org.HdrHistogram.Histogram;

/**
 * One client's count of the messages delivered to it in the current phase, and how long each
 * took. Written only by the client's event loop; the phase's thread reads the volatiles.
 */
final class DeliveryCounter {

    private volatile long deliveries;
    private volatile long expected = Long.MAX_VALUE;
    private volatile long completedAtNanos;
    private volatile Histogram latency;
    private volatile Runnable onComplete = () -> { };

    /**
     * Starts counting a new phase: deliveries from zero up to {@code expected}, timed into a
     * fresh histogram when {@code timed}. Call before any sender of the phase starts.
     */
    void expect(long expected, boolean timed, Runnable whenComplete) {
        latency = timed ? new Histogram(3) : null;
        completedAtNanos = 0;
        deliveries = 0;
        onComplete = whenComplete;
        this.expected = expected;
        if (expected == 0) {
            whenComplete.run(); // no delivery will come to count to it
        }
    }

    /** One delivery of a message sent at {@code sentNanos} (the bench clock; -1 when unknown). */
    void onDelivery(long sentNanos) {
        long now = BenchClock.nanos();
        Histogram histogram = latency;
        if (histogram != null && sentNanos >= 0) {
            histogram.recordValue(Math.max(0, (now - sentNanos) / 1_000));
        }
        long count = deliveries + 1; // single writer: the connection's event loop
        deliveries = count;
        if (count == expected) {
            completedAtNanos = now;
            onComplete.run();
        }
    }

    long count() {
        return deliveries;
    }

    long completedAtNanos() {
        return completedAtNanos;
    }

    Histogram latency() {
        return latency;
    }
}
