package org.securechat.chat;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Threads for blocking work, so no event loop ever waits: bcrypt on its own pool sized to the cores
 * (it is pure CPU), database reads on another, so a burst of logins never delays history.
 */
@ApplicationScoped
public class Workers {
    private final ExecutorService hashing = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), named("bcrypt"));
    private final ExecutorService reads = Executors.newFixedThreadPool(4, named("store-read"));

    public <T> CompletableFuture<T> hashing(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, hashing);
    }

    public <T> CompletableFuture<T> read(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, reads);
    }

    private static ThreadFactory named(String name) {
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
        reads.shutdown();
    }
}
