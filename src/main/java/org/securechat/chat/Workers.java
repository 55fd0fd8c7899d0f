package org.securechat.chat;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The chat's own threads, so no event loop ever waits: bcrypt on a pool sized to the cores (it is
 * pure CPU), and one timer thread for periodic sweeps.
 */
@ApplicationScoped
public class Workers {
    private static final Logger LOG = Logger.getLogger(Workers.class);
    private final ExecutorService hashing = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), named("bcrypt"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("chat-timer"));

    public <T> CompletableFuture<T> hashing(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, hashing);
    }

    public Executor hashing() {
        return hashing;
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
