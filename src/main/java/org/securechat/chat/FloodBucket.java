package org.securechat.chat;

/**
 * A token bucket: {@code burst} messages at once, refilled at {@code rate} per second. Used from
 * the session's own thread only. A rate of 0 turns flood control off.
 */
public final class FloodBucket {
    private final double burst;
    private final double ratePerNano;
    private double tokens;
    private long lastRefill;

    public FloodBucket(int burst, double ratePerSecond, long nowNanos) {
        this.burst = burst;
        this.ratePerNano = ratePerSecond / 1e9;
        this.tokens = burst;
        this.lastRefill = nowNanos;
    }

    /** Takes a token; returns 0 if granted, else the nanoseconds until one is available. */
    public long take(long nowNanos) {
        if (ratePerNano == 0) {
            return 0;
        }
        tokens = Math.min(burst, tokens + (nowNanos - lastRefill) * ratePerNano);
        lastRefill = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / ratePerNano);
    }
}
