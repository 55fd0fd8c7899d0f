package org.securechat.tui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.securechat.tui.input.PasteDetector.Held;
import org.securechat.tui.input.PasteDetector.Settled;
import org.securechat.tui.support.ManualClock;

/** Typing speed against paste speed, on a clock the test moves. */
class PasteDetectorTest {
    private final ManualClock clock = new ManualClock();
    private final PasteDetector detector = new PasteDetector(clock);

    private void after(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    @Test
    void aTypedEnterSubmitsOnceThePauseAfterItPasses() {
        assertEquals(Held.NONE, detector.key());
        after(120);
        assertEquals(Held.NONE, detector.enter());
        after(5);
        assertEquals(Settled.NOTHING, detector.settle(), "too soon to know");
        after(15);
        assertEquals(Settled.SUBMIT, detector.settle());
        assertEquals(Settled.NOTHING, detector.settle(), "once");
    }

    @Test
    void enterHeldDownAtAutoRepeatSpeedSubmitsEachTime() {
        detector.enter();
        after(30);
        assertEquals(Held.SUBMIT, detector.enter(), "the key after it came too late to be a paste's");
        after(30);
        assertEquals(Settled.SUBMIT, detector.settle());
    }

    @Test
    void lineBreaksInsideABurstAreText() {
        detector.key();
        after(1);
        assertEquals(Held.NONE, detector.enter());
        after(1);
        assertEquals(Held.LINE_BREAK, detector.key());
        assertTrue(detector.rapid());
        after(1);
        assertEquals(Held.NONE, detector.enter());
        after(20);
        assertEquals(Settled.PASTED, detector.settle(), "the paste's last line break is not a send");
    }

    @Test
    void aSinglePastedLineEndingInALineBreakIsSent() {
        detector.key();
        after(1);
        detector.key();
        after(1);
        detector.enter();
        after(20);
        assertEquals(Settled.SUBMIT, detector.settle());
    }

    @Test
    void aKeyTypedAfterAPauseIsNotRapid() {
        detector.key();
        after(40);
        detector.key();
        assertFalse(detector.rapid());
    }
}
