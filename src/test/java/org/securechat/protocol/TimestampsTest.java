package org.securechat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void writesIsoUtcWithMillisecondsLikeTheJdk() {
        assertEquals("1970-01-01T00:00:00.000Z", Timestamps.format(0));
        assertEquals("2026-11-24T05:30:07.045Z", Timestamps.format(Instant.parse("2026-11-24T05:30:07.045Z").toEpochMilli()));
        assertEquals("1969-12-31T23:59:59.999Z", Timestamps.format(-1));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long millis = random.nextLong(-2_000_000_000_000L, 250_000_000_000_000L);
            assertEquals(ISO_MILLIS.format(Instant.ofEpochMilli(millis)), Timestamps.format(millis), "at " + millis);
        }
    }
}
