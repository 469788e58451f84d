package org.awpt.application.adminshop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Starts many threads at once on the same work and collects what each got. */
public final class Race {
    private Race() {
    }

    /**
     * Runs {@code task(i)} on {@code threads} threads released together.
     *
     * @return per thread, in order, its result or what it threw
     */
    public static <T> List<Outcome<T>> run(int threads, IntFunction<Callable<T>> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(30, TimeUnit.SECONDS), null));
                } catch (ExecutionException thrown) {
                    outcomes.add(new Outcome<>(null, thrown.getCause()));
                } catch (java.util.concurrent.TimeoutException stuck) {
                    throw new AssertionError("a racing thread did not finish in 30 seconds", stuck);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What one thread got.
     *
     * @param result its result, when it returned
     * @param thrown what it threw, or {@code null}
     */
    public record Outcome<T>(T result, Throwable thrown) {
        /** Whether the thread returned normally. */
        public boolean succeeded() {
            return thrown == null;
        }
    }
}
