package org.awpt.adapters.sqlite;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Group commit for claims: claims waiting at the same moment run in one write transaction, each in its
 * own savepoint, and are acknowledged together once that transaction committed. With
 * {@code synchronous=FULL} every commit costs one fsync, so this is what lets claims pass the disk's
 * fsync rate; a lone claim still commits at once. A failed commit fails every claim of the batch:
 * nothing is acknowledged that is not on disk.
 */
final class ClaimBatcher implements AutoCloseable {
    /** The most claims one transaction carries. */
    static final int MAX_BATCH = 64;
    private final SqliteDatabase database;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    ClaimBatcher(SqliteDatabase database) {
        this.database = database;
        this.writer = new Thread(this::run, "awpt-sqlite-claims");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Runs {@code work} in the next batch's transaction and returns its result once that transaction committed. */
    <T> T submit(Function<Handle, T> work) {
        if (closed) {
            throw new SqliteStoreException(database.file(), "the store is closed");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        queue.add(new Pending<>(work, result));
        if (closed) {
            // Closed while this claim was being queued: the writer thread may be gone already.
            failAll(new SqliteStoreException(database.file(), "the store was closed before the claim was committed"));
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqliteStoreException(database.file(), "interrupted while waiting for the commit of a claim", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
            batch.clear();
        }
        failAll(new SqliteStoreException(database.file(), "the store was closed before the claim was committed"));
    }

    private void commit(List<Pending<?>> batch) {
        List<Object> outcomes;
        try {
            outcomes = database.write(handle -> {
                List<Object> done = new ArrayList<>(batch.size());
                // Plain JDBC for the savepoints: through JDBI they cost a third of the writer's time per claim.
                try (Statement savepoints = handle.getConnection().createStatement()) {
                    for (Pending<?> pending : batch) {
                        savepoints.execute("SAVEPOINT claim");
                        try {
                            done.add(pending.work().apply(handle));
                            savepoints.execute("RELEASE claim");
                        } catch (RuntimeException refused) {
                            // This claim alone is undone; the others of the batch go on.
                            savepoints.execute("ROLLBACK TO claim");
                            savepoints.execute("RELEASE claim");
                            done.add(new Failure(refused instanceof JdbiException jdbi
                                    ? SqliteDatabase.translate(database.file(), jdbi) : refused));
                        }
                    }
                } catch (SQLException e) {
                    throw new UnableToExecuteStatementException(e, null);
                }
                return done;
            });
        } catch (RuntimeException | Error commitFailed) {
            batch.forEach(pending -> pending.result().completeExceptionally(commitFailed));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(outcomes.get(i));
        }
    }

    private void failAll(RuntimeException reason) {
        List<Pending<?>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.result().completeExceptionally(reason));
    }

    /** Stops the writer thread; claims still waiting fail. */
    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failAll(new SqliteStoreException(database.file(), "the store was closed before the claim was committed"));
    }

    private record Failure(RuntimeException cause) {
    }

    private record Pending<T>(Function<Handle, T> work, CompletableFuture<T> result) {
        @SuppressWarnings("unchecked")
        void complete(Object outcome) {
            if (outcome instanceof Failure failure) {
                result.completeExceptionally(failure.cause());
            } else {
                result.complete((T) outcome);
            }
        }
    }
}
