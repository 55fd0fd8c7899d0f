package org.securechat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The password-hashing queue is bounded: past it, work is refused at once with rate_limited, never queued. */
class WorkersTest {
    @Test
    void aFullHashingQueueShedsWorkAsRateLimited() throws Exception {
        Workers workers = new Workers(2);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Integer>> accepted = new ArrayList<>();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < threads + 2; i++) { // every thread busy, and the queue full
            accepted.add(workers.hashing(() -> {
                await(release);
                return 1;
            }));
        }
        CompletableFuture<Integer> shed = workers.hashing(() -> 2);
        assertTrue(shed.isCompletedExceptionally(), "refused at once, not queued");
        ChatError refusal = ChatError.in(shed.handle((value, failure) -> failure).join()).orElseThrow();
        assertEquals(ChatError.Reason.RATE_LIMITED, refusal.reason());
        assertEquals(1L, refusal.retryAfterSeconds());

        release.countDown();
        for (CompletableFuture<Integer> work : accepted) {
            assertEquals(1, work.get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, workers.hashing(() -> 2).get(10, TimeUnit.SECONDS), "with room again, work is taken");
        workers.stop();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
