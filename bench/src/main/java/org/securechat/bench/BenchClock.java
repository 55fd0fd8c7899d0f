package org.securechat.bench;

/**
 * Nanoseconds since this JVM loaded the class: never negative (System.nanoTime() may be), and
 * shared by senders and receivers, which run in the same process.
 */
final class BenchClock {

    private static final long ORIGIN = System.nanoTime();

    private BenchClock() {
    }

    static long nanos() {
        return System.nanoTime() - ORIGIN;
    }
}
