package org.securechat.bench;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level looks into a frame for the delivery hot path: is it a message event, and what
 * send time does its text start with. Everything else is parsed with Jackson, which is exact
 * but costs the generator CPU the server would otherwise get.
 */
final class FrameScan {

    private static final byte[] MESSAGE_TYPE = "\"type\":\"message\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT_FIELD = "\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JOINED_TYPE = "\"type\":\"joined\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LEFT_TYPE = "\"type\":\"left\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PRESENCE_TYPE = "\"type\":\"presence\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MSG_ID_FIELD = "\"msg_id\":".getBytes(StandardCharsets.US_ASCII);

    private FrameScan() {
    }

    static boolean isMessageEvent(byte[] bytes, int from, int to) {
        return indexOf(bytes, from, to, MESSAGE_TYPE) >= 0;
    }

    /**
     * A `joined`, `left` or `presence` event: not measured, and too many to parse under a join flood
     * or while thousands of sessions log in (each first login is a presence event to every session).
     */
    static boolean isUnmeasuredEvent(byte[] bytes, int from, int to) {
        return indexOf(bytes, from, to, PRESENCE_TYPE) >= 0 || indexOf(bytes, from, to, JOINED_TYPE) >= 0
                || indexOf(bytes, from, to, LEFT_TYPE) >= 0;
    }

    /** The decimal number the message text starts with (the sender's System.nanoTime()), or -1. */
    static long sentNanos(byte[] bytes, int from, int to) {
        int at = indexOf(bytes, from, to, TEXT_FIELD);
        return at < 0 ? -1 : leadingNumber(bytes, at + TEXT_FIELD.length, to);
    }

    /** The message's msg_id, or -1 when the frame has none. */
    static long msgId(byte[] bytes, int from, int to) {
        int at = indexOf(bytes, from, to, MSG_ID_FIELD);
        return at < 0 ? -1 : leadingNumber(bytes, at + MSG_ID_FIELD.length, to);
    }

    static long sentNanos(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return leadingNumber(bytes, 0, bytes.length);
    }

    static long leadingNumber(byte[] bytes, int from, int to) {
        long value = 0;
        int i = from;
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
            value = value * 10 + (bytes[i] - '0');
            i++;
        }
        return i == from ? -1 : value;
    }

    private static int indexOf(byte[] bytes, int from, int to, byte[] pattern) {
        int last = to - pattern.length;
        byte first = pattern[0];
        outer:
        for (int i = from; i <= last; i++) {
            if (bytes[i] != first) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
