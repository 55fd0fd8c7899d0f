package org.securechat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.util.function.Consumer;

/**
 * The sending role of one client: {@code messages} sends into a room, either as fast as the
 * window of unacknowledged sends allows (rate 0) or paced at {@code rate} messages per second.
 * Every text starts with the send time, so receivers can time the delivery.
 * Runs on the client's event loop only.
 */
final class Sender {

    private final Vertx vertx;
    private final LoadClient client;
    private final LoadClient.SendFrame frame;
    private final String textPadding;
    private final int messages;
    private final int window;
    private final double rate;
    private final Consumer<String> failures;

    private int sent;
    private int acknowledged;
    private long startedAtNanos;
    private volatile int acknowledgedCount;

    Sender(Vertx vertx, LoadClient client, String room, int messages, int window, double rate, int textBytes,
           Consumer<String> failures) {
        this.vertx = vertx;
        this.client = client;
        this.frame = client.sendFrame(room);
        this.textPadding = " " + "x".repeat(Math.max(0, textBytes - 20));
        this.messages = messages;
        this.window = window;
        this.rate = rate;
        this.failures = failures;
    }

    /** Starts sending after {@code delayMs} (senders at a fixed rate are spread over one period). */
    void start(long delayMs) {
        client.context().runOnContext(v -> {
            if (rate <= 0) {
                startedAtNanos = BenchClock.nanos();
                sendWhatIsDue();
                return;
            }
            long periodMs = Math.max(1, Math.round(1000 / rate));
            vertx.setTimer(Math.max(1, delayMs), t -> {
                startedAtNanos = BenchClock.nanos();
                sendWhatIsDue();
                vertx.setPeriodic(periodMs, id -> {
                    if (sent == messages) {
                        vertx.cancelTimer(id);
                    } else {
                        sendWhatIsDue();
                    }
                });
            });
        });
    }

    int acknowledgedSoFar() {
        return acknowledgedCount;
    }

    void onAcknowledged() {
        acknowledged++;
        acknowledgedCount = acknowledged;
        sendWhatIsDue();
    }

    void onRefused(JsonNode error) {
        failures.accept("a send was refused: " + error);
    }

    /** Sends until the window is full, the schedule is met, or all messages are out. */
    private void sendWhatIsDue() {
        long due = rate <= 0 ? messages
                : Math.min(messages, 1 + (long) ((BenchClock.nanos() - startedAtNanos) * rate / 1e9));
        while (sent < due && sent - acknowledged < window) {
            client.write(frame.prefix() + BenchClock.nanos() + textPadding + frame.suffix());
            sent++;
        }
    }
}
