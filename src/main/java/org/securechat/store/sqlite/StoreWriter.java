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
import org.securechat.chat.ChatError;

/**
 * The one writer of the database, with group commit: it takes every task waiting, runs each in its
 * own savepoint of one transaction, commits once, and only then completes the tasks' futures. So an
 * acknowledgement always follows its commit, and a busy server pays one commit for many writes.
 *
 * <p>A batch the storage fails (a full disk, an I/O error: {@link StorageFault}) is run again from
 * its start on a fresh connection, up to {@value #RETRIES} more times over about 1.5 s. If it still
 * fails, its tasks are refused with {@code STORE_UNAVAILABLE} (nothing of them was committed) and the
 * writer is unwritable: each batch then gets one try, and while none comes a probe write runs every
 * second, so the writer finds out by itself when the disk has room again.
 */
public final class StoreWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StoreWriter.class);
    private static final int MAX_BATCH = 2048;
    private static final int RETRIES = 4;
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long PROBE_MILLIS = 1000;
    private static final long RETRY_AFTER_SECONDS = 5;
    private static final WriteTask<Integer> PROBE = c -> {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO write_probe (id, writes) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET writes = writes + 1")) {
            return s.executeUpdate();
        }
    };

    private record Pending<T>(WriteTask<T> task, CompletableFuture<T> future, T[] result) {
        @SuppressWarnings("unchecked")
        static <T> Pending<T> of(WriteTask<T> task) {
            return new Pending<>(task, new CompletableFuture<>(), (T[]) new Object[1]);
        }
    }

    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final ConnectionOpener opener;
    private final BatchListener listener;
    private final Thread thread;
    private volatile boolean closing;
    private volatile boolean writable = true;
    // The writer thread's own: a connection that failed is closed and replaced, never reused.
    private Connection connection;
    // Prepared once per connection: the driver's setSavepoint() parses and formats a fresh statement every time.
    private PreparedStatement savepoint;
    private PreparedStatement release;
    private PreparedStatement rollbackTo;

    public StoreWriter(ConnectionOpener opener, BatchListener listener) throws SQLException {
        this.opener = opener;
        this.listener = listener;
        connect();
        this.thread = new Thread(this::loop, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a task; the future completes after the transaction holding it has committed. */
    public <T> CompletableFuture<T> submit(WriteTask<T> task) {
        Pending<T> pending = Pending.of(task);
        if (closing) {
            pending.future().completeExceptionally(new IllegalStateException("the store is closing"));
        } else {
            queue.add(pending);
        }
        return pending.future();
    }

    /** False from the moment a batch is refused until a write commits again. */
    public boolean writable() {
        return writable;
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!(closing && queue.isEmpty())) {
            try {
                Pending<?> first = queue.poll(writable ? 100 : PROBE_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null && !writable && !closing) {
                    first = Pending.of(PROBE);
                }
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

    private void runBatch(List<Pending<?>> batch) throws InterruptedException {
        long delay = FIRST_RETRY_MILLIS;
        for (int retry = 0; ; retry++) {
            List<Throwable> failures;
            try {
                failures = attempt(batch);
            } catch (SQLException | RuntimeException fault) { // a RuntimeException here is the writer's own, not a task's
                listener.rolledBack();
                reconnect();
                if (!writable || retry == RETRIES) {
                    refuse(batch, fault);
                    return;
                }
                LOG.warnf("a write batch failed (%s); trying it again in %d ms", fault.getMessage(), delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    refuse(batch, fault);
                    throw e;
                }
                delay *= 2;
                continue;
            }
            listener.committed();
            if (!writable) {
                writable = true;
                LOG.info("the database can be written again: writes are accepted");
            }
            for (int i = 0; i < batch.size(); i++) {
                complete(batch.get(i), failures.get(i));
            }
            return;
        }
    }

    /** Runs every task of the batch in the one transaction and commits it; a storage fault throws. */
    private List<Throwable> attempt(List<Pending<?>> batch) throws SQLException {
        if (connection == null) {
            connect();
        }
        List<Throwable> failures = new ArrayList<>(batch.size());
        for (Pending<?> pending : batch) {
            failures.add(runOne(pending));
        }
        listener.beforeCommit(connection);
        connection.commit();
        return failures;
    }

    private <T> Throwable runOne(Pending<T> pending) throws SQLException {
        savepoint.execute();
        try {
            pending.result()[0] = pending.task().run(connection);
            release.execute();
            listener.taskEnded(true);
            return null;
        } catch (SQLException e) {
            if (StorageFault.is(e)) {
                throw e; // the transaction may be gone with it: the whole batch goes again
            }
            undo();
            return e;
        } catch (RuntimeException e) {
            undo();
            return e;
        }
    }

    private void undo() throws SQLException {
        rollbackTo.execute();
        release.execute();
        listener.taskEnded(false);
    }

    private void refuse(List<Pending<?>> batch, Exception fault) {
        if (writable) {
            writable = false;
            LOG.errorf(fault, "the database cannot be written: writes are refused and the server is not ready"
                    + " until a write commits again (tried every %d ms)", PROBE_MILLIS);
        }
        ChatError refusal = new ChatError(ChatError.Reason.STORE_UNAVAILABLE,
                "the server cannot store anything right now; nothing was stored: try again later", RETRY_AFTER_SECONDS);
        batch.forEach(p -> p.future().completeExceptionally(refusal));
    }

    private static <T> void complete(Pending<T> pending, Throwable failure) {
        if (failure == null) {
            pending.future().complete(pending.result()[0]);
        } else {
            pending.future().completeExceptionally(failure);
        }
    }

    private void connect() throws SQLException {
        Connection opened = opener.open();
        try {
            opened.setAutoCommit(false);
            savepoint = opened.prepareStatement("SAVEPOINT task");
            release = opened.prepareStatement("RELEASE task");
            rollbackTo = opened.prepareStatement("ROLLBACK TO task");
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
    }

    /** Closing rolls back what the failed transaction left; a connection that cannot open now is opened by the next try. */
    private void reconnect() {
        disconnect();
        try {
            connect();
        } catch (SQLException e) {
            LOG.debugf("the writer's connection cannot reopen yet: %s", e.getMessage());
        }
    }

    private void disconnect() {
        if (connection == null) {
            return;
        }
        try {
            connection.close(); // closes its statements too
        } catch (SQLException e) {
            LOG.debugf("closing the writer's connection: %s", e.getMessage());
        }
        connection = null;
    }

    /** Runs every task already queued, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A task that raced with closing never ran: refuse it rather than leave its caller waiting.
        queue.forEach(p -> p.future().completeExceptionally(new IllegalStateException("the store is closed")));
        disconnect();
    }
}
