package org.securechat.chat;

/**
 * A token bucket: {@code burst} messages at once, refilled at {@code rate} per second. Used from
 * the session's own thread only. A rate of 0 turns flood control off.
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

    /** Takes a token; returns 0 if granted, else the milliseconds until one is available. */
    public long take(long nowMillis) {
        if (ratePerMilli == 0) {
            return 0;
        }
        tokens = Math.min(burst, tokens + Math.max(0, nowMillis - lastRefill) * ratePerMilli);
        lastRefill = nowMillis;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / ratePerMilli);
    }
}
