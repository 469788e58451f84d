package org.awpt.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs tasks at the same moment, each on its own thread, for the concurrency parts of the contracts. */
public final class Race {
    /**
     * Only a hang detector: the slowest race (16 threads on an embedded H2 file, about 4 s on a quiet
     * 2-core machine) took more than 30 s on a busy one, so this allows well over ten times that.
     */
    private static final long TIMEOUT_SECONDS = 120;

    private Race() {
    }

    /**
     * Starts every task on its own thread once all threads are ready, waits for all, and returns
     * their results in the tasks' order; a task's failure fails the race.
     */
    public static <T> List<T> all(List<? extends Callable<T>> tasks)
            throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new TimeoutException("the racers did not all start");
            }
            go.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
