package org.securechat.chat;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.securechat.ChatConfig;

/**
 * The chat's own threads, so no event loop ever waits: bcrypt on a pool sized to the cores (it is
 * pure CPU) behind a bounded queue, so a flood of logins is shed instead of delaying every login
 * for minutes; and one timer thread for periodic sweeps.
 */
@ApplicationScoped
public class Workers {
    private static final Logger LOG = Logger.getLogger(Workers.class);

    private final ThreadPoolExecutor hashing;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("chat-timer"));

    @Inject
    public Workers(ChatConfig config) {
        this(config.limits().hashingQueue());
    }

    /** At most {@code queued} password checks wait for a thread. */
    Workers(int queued) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.hashing = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queued), named("bcrypt"));
    }

    /** Runs bcrypt work; with the queue full, fails at once with RATE_LIMITED. */
    public <T> CompletableFuture<T> hashing(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, hashing);
        } catch (RejectedExecutionException full) {
            return CompletableFuture.failedFuture(new ChatError(ChatError.Reason.RATE_LIMITED,
                    "the server is busy checking passwords; try again in a moment", 1L));
        }
    }

    /** Runs {@code work} every {@code period} until shutdown; a failing run is logged and the next one still runs. */
    public void every(Duration period, Runnable work) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("a periodic task failed", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, ...: they never keep the JVM from exiting. */
    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        hashing.shutdown();
        timer.shutdown();
    }
}
