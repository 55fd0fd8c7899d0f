package org.securechat.tui.client;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.securechat.tui.model.Buffer;
import org.securechat.tui.model.BufferId;
import org.securechat.tui.model.ChatState;
import org.securechat.tui.protocol.Request;

/**
 * Tells the server what this screen has shown, so the account's other sessions and its next login agree: the
 * buffer on screen is read up to its newest message. At most one mark_read per buffer every {@link #EVERY_MS};
 * one that comes sooner is sent when that time is up. Runs on the GUI thread.
 */
final class ReadSync {
    static final long EVERY_MS = 2_000;

    private final ChatState state;
    private final ServerCalls calls;
    private final Executor gui;
    private final Clock clock;
    private final Map<BufferId, Long> lastSent = new HashMap<>();
    private ScheduledExecutorService timer;
    private boolean flushPlanned;

    ReadSync(ChatState state, ServerCalls calls, Executor gui, Clock clock) {
        this.state = state;
        this.calls = calls;
        this.gui = gui;
        this.clock = clock;
    }

    /** The current buffer is on screen: mark it read on the server if it holds something newer. */
    void viewed() {
        Buffer buffer = state.currentBuffer().orElse(null);
        if (buffer == null || !state.online()) {
            return;
        }
        Long newest = buffer.newestMessageId();
        if (newest == null || newest <= buffer.readMsgId()) {
            return;
        }
        long now = clock.millis();
        long since = now - lastSent.getOrDefault(buffer.id(), Long.MIN_VALUE / 2);
        if (since < EVERY_MS) {
            planFlush(EVERY_MS - since);
            return;
        }
        lastSent.put(buffer.id(), now);
        buffer.readUpTo(newest, state.me());
        calls.request(new Request.MarkRead(buffer.id(), newest), (reply, error) -> { });
    }

    private void planFlush(long delayMs) {
        if (flushPlanned) {
            return;
        }
        flushPlanned = true;
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "read-sync");
                thread.setDaemon(true);
                return thread;
            });
        }
        timer.schedule(() -> gui.execute(() -> {
            flushPlanned = false;
            viewed();
        }), delayMs, TimeUnit.MILLISECONDS);
    }
}
