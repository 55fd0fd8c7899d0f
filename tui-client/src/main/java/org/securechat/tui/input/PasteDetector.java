package org.securechat.tui.input;

import java.time.Clock;

/**
 * Tells an Enter someone typed from the line breaks of a paste. Lanterna has no bracketed paste, but a paste
 * arrives as a burst: keys a few milliseconds apart, where typing leaves tens of milliseconds between keys even
 * with auto-repeat. So each Enter is held until the key after it, or a pause, says what it was:
 * <ul>
 * <li>a key within {@link #BURST_GAP_MS}: a line break inside a paste, kept in the text;</li>
 * <li>a pause, after a burst that already held a line break: the end of a multi-line paste, which stays in the
 * input for the person to read and send (the final line break is dropped);</li>
 * <li>otherwise: a typed Enter, which sends (so does a single pasted line ending in a line break, as it always did).
 * </li>
 * </ul>
 */
public final class PasteDetector {
    /** Below the fastest auto-repeat (about 30 ms) and above the gaps inside a terminal's paste (about 1 ms). */
    static final long BURST_GAP_MS = 15;

    /** What a held Enter turned out to be. */
    public enum Held { NONE, LINE_BREAK, SUBMIT }

    /** What the keys so far were, once the pause after them passed. */
    public enum Settled { NOTHING, SUBMIT, PASTED }

    private final Clock clock;
    private long lastKeyAt = Long.MIN_VALUE / 2;
    private long heldEnterAt = -1;
    private boolean multiLineBurst;
    private boolean rapid;

    public PasteDetector(Clock clock) {
        this.clock = clock;
    }

    /** An Enter arrived: it is held; returns what the Enter held before it was, if one was. */
    public Held enter() {
        long now = clock.millis();
        Held before = resolve(now);
        heldEnterAt = now;
        return before;
    }

    /** Another key arrived: returns what the Enter held before it was, if one was. */
    public Held key() {
        long now = clock.millis();
        Held before = resolve(now);
        heldEnterAt = -1;
        return before;
    }

    /** Whether the key just seen came hard on the one before: pasted (so a Tab in it is text, not completion). */
    public boolean rapid() {
        return rapid;
    }

    private Held resolve(long now) {
        rapid = now - lastKeyAt <= BURST_GAP_MS;
        lastKeyAt = now;
        if (heldEnterAt < 0) {
            return Held.NONE;
        }
        if (now - heldEnterAt <= BURST_GAP_MS) {
            multiLineBurst = true;
            return Held.LINE_BREAK;
        }
        boolean endedPaste = multiLineBurst;
        multiLineBurst = false;
        return endedPaste ? Held.NONE : Held.SUBMIT;
    }

    /** Called on every turn of the GUI loop: what the held keys were, once the pause after them has passed. */
    public Settled settle() {
        if (clock.millis() - lastKeyAt <= BURST_GAP_MS) {
            return Settled.NOTHING;
        }
        boolean held = heldEnterAt >= 0;
        boolean pasted = multiLineBurst;
        heldEnterAt = -1;
        multiLineBurst = false;
        return pasted ? Settled.PASTED : held ? Settled.SUBMIT : Settled.NOTHING;
    }
}
