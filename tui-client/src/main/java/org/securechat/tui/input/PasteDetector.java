package org.securechat.tui.input;

import java.time.Clock;

/**
 * Tells an Enter someone typed from the line breaks of a paste. Lanterna has no bracketed paste, but a paste
 * arrives as a burst: keys a few milliseconds apart, where typing leaves tens of milliseconds between keys even
 * with auto-repeat. So an Enter is held until the burst it belongs to is over: an Enter within {@link #BURST_GAP_MS}
 * of the key before or after it is a line break in the text, and only an Enter on its own submits.
 */
public final class PasteDetector {
    /** Below the fastest auto-repeat (about 30 ms) and above the gaps inside a terminal's paste (about 1 ms). */
    static final long BURST_GAP_MS = 15;

    /** What the held keys turned out to be once the gap after them passed. */
    public enum Settled { NOTHING, SUBMIT, PASTED }

    private final Clock clock;
    private long lastKeyAt = Long.MIN_VALUE / 2;
    private long heldEnterAt = -1;
    private boolean inBurst;
    private boolean rapid;

    public PasteDetector(Clock clock) {
        this.clock = clock;
    }

    /** An Enter arrived: true if it is part of a paste (a line break now), false if it is held. */
    public boolean enter() {
        long now = clock.millis();
        boolean burst = now - lastKeyAt <= BURST_GAP_MS;
        lastKeyAt = now;
        if (burst) {
            inBurst = true;
            return true;
        }
        heldEnterAt = now;
        return false;
    }

    /** What a held Enter was, learnt from the key after it. */
    public enum Held { NONE, LINE_BREAK, SUBMIT }

    /** Another key arrived: whether an Enter held before it was a paste's line break or a submit. */
    public Held key() {
        long now = clock.millis();
        Held held = heldEnterAt < 0 ? Held.NONE
                : now - heldEnterAt <= BURST_GAP_MS ? Held.LINE_BREAK : Held.SUBMIT;
        inBurst |= held == Held.LINE_BREAK;
        rapid = now - lastKeyAt <= BURST_GAP_MS;
        heldEnterAt = -1;
        lastKeyAt = now;
        return held;
    }

    /** Whether the key just seen came hard on the one before: pasted (so a Tab in it is text, not completion). */
    public boolean rapid() {
        return rapid;
    }

    /** Called on every turn of the GUI loop: what the keys held so far were, once the gap has passed. */
    public Settled settle() {
        long now = clock.millis();
        if (now - lastKeyAt <= BURST_GAP_MS) {
            return Settled.NOTHING;
        }
        if (heldEnterAt >= 0) {
            heldEnterAt = -1;
            return Settled.SUBMIT;
        }
        if (inBurst) {
            inBurst = false;
            return Settled.PASTED;
        }
        return Settled.NOTHING;
    }
}
