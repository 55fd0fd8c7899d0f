package org.securechat.chat;

/**
 * A token bucket: {@code burst} tokens at once, refilled at {@code rate} per second. Used from the
 * session's own thread only. A rate of 0 turns it off.
 */
public final class FloodBucket {
    private final double burst;
    private final double ratePerMilli;
    private double tokens;
    private long lastRefill;

    public FloodBucket(int burst, double ratePerSecond, long nowMillis) {
        this.burst = burst;
        this.ratePerMilli = ratePerSecond / 1e3;
        this.tokens = burst;
        this.lastRefill = nowMillis;
    }

    /** Takes {@code amount} tokens; returns 0 if granted, else the milliseconds until they are there. */
    public long take(long nowMillis, double amount) {
        if (ratePerMilli == 0) {
            return 0;
        }
        tokens = Math.min(burst, tokens + Math.max(0, nowMillis - lastRefill) * ratePerMilli);
        lastRefill = nowMillis;
        if (tokens >= amount) {
            tokens -= amount;
            return 0;
        }
        return (long) Math.ceil((amount - tokens) / ratePerMilli);
    }

    /** True when the bucket is full: it remembers nothing a new one would not. */
    public boolean full(long nowMillis) {
        return ratePerMilli == 0 || tokens + Math.max(0, nowMillis - lastRefill) * ratePerMilli >= burst;
    }
}
