package org.securechat.bench;

/**
 * A set of messages kept as their number and the sum of their mixed ids: two tallies of the same
 * messages are equal, and a lost, duplicated or foreign message shows (but for a 2^-64 chance)
 * without keeping every id. Thread-safe; uncontended in use.
 */
final class MessageTally {

    private long count;
    private long hash;

    synchronized void add(long msgId) {
        count++;
        hash += mix(msgId);
    }

    synchronized void addAll(MessageTally other) {
        long[] theirs = other.snapshot();
        count += theirs[0];
        hash += theirs[1];
    }

    synchronized long count() {
        return count;
    }

    boolean sameAs(MessageTally other) {
        long[] mine = snapshot();
        long[] theirs = other.snapshot();
        return mine[0] == theirs[0] && mine[1] == theirs[1];
    }

    private synchronized long[] snapshot() {
        return new long[] {count, hash};
    }

    /** SplitMix64's finaliser: neighbouring ids spread over all 64 bits, so sums of different sets differ. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
