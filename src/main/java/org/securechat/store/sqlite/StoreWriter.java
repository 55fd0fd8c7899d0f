package org.securechat.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The one writer of the database, with group commit: it takes every task waiting, runs each in its
 * own savepoint of one transaction, commits once, and only then completes the tasks' futures. So an
 * acknowledgement always follows its commit, and a busy server pays one commit for many writes.
 */
public final class StoreWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StoreWriter.class);
    private static final int MAX_BATCH = 2048;

    private record Pending<T>(WriteTask<T> task, CompletableFuture<T> future, T[] result) { }

    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Connection connection;
    // Prepared once: the driver's setSavepoint() parses and formats a fresh statement every time.
    private final PreparedStatement savepoint;
    private final PreparedStatement release;
    private final PreparedStatement rollbackTo;
    private final Thread thread;
    private volatile boolean closing;

    public StoreWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.savepoint = connection.prepareStatement("SAVEPOINT task");
        this.release = connection.prepareStatement("RELEASE task");
        this.rollbackTo = connection.prepareStatement("ROLLBACK TO task");
        this.thread = new Thread(this::loop, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a task; the future completes after the transaction holding it has committed. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> submit(WriteTask<T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closing) {
            future.completeExceptionally(new IllegalStateException("the store is closing"));
            return future;
        }
        queue.add(new Pending<>(task, future, (T[]) new Object[1]));
        return future;
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!(closing && queue.isEmpty())) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Pending<?>> batch) {
        List<Throwable> failures = new ArrayList<>(batch.size());
        try {
            for (Pending<?> pending : batch) {
                failures.add(runOne(pending));
            }
            connection.commit();
        } catch (SQLException e) {
            LOG.error("commit failed; the batch's writes are refused", e);
            rollbackQuietly();
            batch.forEach(p -> p.future().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), failures.get(i));
        }
    }

    private <T> Throwable runOne(Pending<T> pending) throws SQLException {
        savepoint.execute();
        try {
            pending.result()[0] = pending.task().run(connection);
            release.execute();
            return null;
        } catch (SQLException | RuntimeException e) {
            rollbackTo.execute();
            release.execute();
            return e;
        }
    }

    private static <T> void complete(Pending<T> pending, Throwable failure) {
        if (failure == null) {
            pending.future().complete(pending.result()[0]);
        } else {
            pending.future().completeExceptionally(failure);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.error("rollback failed", e);
        }
    }

    /** Runs every task already queued, then stops. */
    @Override
    public void close() throws SQLException {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A task that raced with closing never ran: refuse it rather than leave its caller waiting.
        queue.forEach(p -> p.future().completeExceptionally(new IllegalStateException("the store is closed")));
        savepoint.close();
        release.close();
        rollbackTo.close();
        connection.close();
    }
}
