package org.securechat.protocol;

import java.time.LocalDate;

/** The protocol's time format: ISO-8601 UTC, always with milliseconds, e.g. 2026-11-24T05:30:00.123Z. */
public final class Timestamps {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Timestamps() {
    }

    /** Written digit by digit: every message carries one, and DateTimeFormatter cost more than sealing the text. */
    public static String format(long epochMillis) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY));
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        StringBuilder out = new StringBuilder(24);
        digits(out, date.getYear(), 4).append('-');
        digits(out, date.getMonthValue(), 2).append('-');
        digits(out, date.getDayOfMonth(), 2).append('T');
        digits(out, millisOfDay / 3_600_000, 2).append(':');
        digits(out, millisOfDay / 60_000 % 60, 2).append(':');
        digits(out, millisOfDay / 1_000 % 60, 2).append('.');
        return digits(out, millisOfDay % 1_000, 3).append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int pad = width - text.length(); pad > 0; pad--) {
            out.append('0');
        }
        return out.append(text);
    }
}
