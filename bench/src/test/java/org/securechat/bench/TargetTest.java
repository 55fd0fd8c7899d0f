package org.securechat.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void aGoalIsMetOnItsBoundAndNotPastIt() {
        Target floor = Target.atLeast("deliveries/s", "deliveries_per_s", 1_000_000);
        assertTrue(floor.metBy(1_000_000));
        assertFalse(floor.metBy(999_999));
        Target ceiling = Target.atMost("p99 (ms)", "latency_p99_ms", 25);
        assertTrue(ceiling.metBy(25));
        assertFalse(ceiling.metBy(25.001));
    }

    @Test
    void aFigureThatWasNotMeasuredMeetsNoGoal() {
        assertFalse(Target.atMost("RSS (MB)", "server_rss_mb_with_idle", 1024).metBy(Double.NaN));
        assertFalse(Target.atLeast("stored/s", "acknowledged_per_s", 50_000).metBy(Double.NaN));
    }
}
