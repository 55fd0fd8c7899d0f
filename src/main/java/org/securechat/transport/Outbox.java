package org.securechat.transport;

import io.vertx.core.Context;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * A connection's outgoing frames, whatever carries them: queued on its event loop and written as
 * one batch per loop turn, so a burst of messages costs one write and one flush, not one each; a
 * reader too slow to keep up is cut off rather than buffered for; a close writes what was queued
 * first, but does not wait forever for a peer that never reads.
 */
public final class Outbox {
    static final long CLOSE_GRACE_MILLIS = TimeUnit.SECONDS.toMillis(5);

    /** What the outbox needs of the connection under it. */
    public interface Link {
        /** True once the bytes written but not yet taken by the peer pass the connection's limit. */
        boolean writeQueueFull();

        /** Writes these frames, in order, as one batch of {@code bytes} bytes. */
        void write(ArrayDeque<byte[]> frames, int bytes);

        /** Closes after the written bytes are flushed. */
        void close();

        /** Drops the connection now, queued output and all. */
        void abort();

        boolean active();

        boolean onEventLoop();
    }

    private final Context context;
    private final Link link;
    private final Runnable tooSlow;
    /** Frames for this turn's write, and whether that write is scheduled: on the event loop only. */
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private int bytes;
    private boolean flushScheduled;
    /** Set by the close task on the event loop: frames queued there after it are dropped. */
    private boolean closing;
    private volatile boolean closeRequested;

    /** {@code tooSlow} runs on the event loop when the peer falls behind, before the link is aborted. */
    public Outbox(Context context, Link link, Runnable tooSlow) {
        this.context = context;
        this.link = link;
        this.tooSlow = tooSlow;
    }

    /**
     * Queues the frame for this turn's batch. Deliveries to a room already run on the connection's
     * event loop, so the queue is a plain one; a frame from another thread travels there as a task,
     * which keeps that thread's frames in order.
     */
    public void add(byte[] frame) {
        if (closeRequested) {
            return;
        }
        if (link.onEventLoop()) {
            enqueue(frame);
        } else {
            context.runOnContext(ignored -> enqueue(frame));
        }
    }

    private void enqueue(byte[] frame) {
        if (closing) {
            return; // not closeRequested: a frame sent before close() from another thread reaches here
                    // ahead of the close task and must still go out
        }
        frames.add(frame);
        bytes += frame.length;
        if (!flushScheduled) {
            flushScheduled = true;
            context.runOnContext(ignored -> flush());
        }
    }

    private void flush() {
        flushScheduled = false;
        if (link.writeQueueFull()) {
            frames.clear();
            bytes = 0;
            if (link.active()) {
                tooSlow.run();
                link.abort();
            }
            return;
        }
        write();
    }

    private void write() {
        if (!frames.isEmpty()) {
            link.write(frames, bytes);
            frames.clear();
            bytes = 0;
        }
    }

    /** Closes after writing what was queued before. */
    public void close() {
        if (!closeRequested) {
            closeRequested = true;
            context.runOnContext(ignored -> {
                closing = true;
                write();
                link.close();
                // A graceful close waits for the peer to read what is queued; a peer that never
                // reads would hold the connection open forever.
                context.owner().setTimer(CLOSE_GRACE_MILLIS, timer -> link.abort());
            });
        }
    }

    /** True once a close was asked for: input that follows is not served. */
    public boolean closeRequested() {
        return closeRequested;
    }
}
