package org.awpt.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.support.KeyRequestUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of a running bot: expiring abandoned payments, retrying deliveries that did
 * not reach their holder, and recounting stock (alerts on level changes). One thread; a failing
 * round, even one that throws an {@link Error}, is logged, counted ({@value #FAILURES_METER}, tagged
 * with the round) and the next round runs anyway: a task that throws out of a
 * {@link ScheduledExecutorService} is never run again, silently.
 */
public final class Sweepers implements AutoCloseable {
    /** How often abandoned payments are expired. */
    public static final Duration EXPIRY_EVERY = Duration.ofMinutes(1);
    /** How often pending deliveries are retried. */
    public static final Duration DELIVERY_EVERY = Duration.ofSeconds(30);
    /** How often expiry reminders and the licensed role are looked after. */
    public static final Duration LICENSES_EVERY = Duration.ofMinutes(10);
    /** How often stock is recounted, besides after every change. */
    public static final Duration STOCK_EVERY = Duration.ofMinutes(5);
    /** How often records past their retention are deleted. */
    public static final Duration RETENTION_EVERY = Duration.ofHours(1);
    /** How often the bot looks whether another process (the command line) wrote the SQLite file. */
    public static final Duration OTHER_WRITERS_EVERY = Duration.ofSeconds(2);
    /** The counter of failed rounds, tagged {@code round}. */
    public static final String FAILURES_METER = "awpt.rounds.failed";
    private static final Logger LOG = LoggerFactory.getLogger(Sweepers.class);

    private final ScheduledExecutorService executor;
    private final MeterRegistry metrics;

    /** Rounds scheduled on this executor (tests give one they drive), failures counted in {@code metrics}. */
    Sweepers(ScheduledExecutorService executor, MeterRegistry metrics) {
        this.executor = executor;
        this.metrics = metrics;
    }

    /** Starts the rounds. */
    public static Sweepers start(ManualPaymentUseCase manual, DeliveryUseCase delivery, KeyRequestUseCase requests,
            StockUseCase stock, MeterRegistry metrics) {
        Sweepers sweepers = new Sweepers(Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "awpt-sweeper");
            thread.setDaemon(true);
            return thread;
        }), metrics);
        sweepers.every(EXPIRY_EVERY, "expired abandoned payments", manual::expireAbandoned);
        sweepers.every(DELIVERY_EVERY, "retried key deliveries", delivery::retryPending);
        sweepers.every(DELIVERY_EVERY, "retried requested-key deliveries", requests::retryDeliveries);
        sweepers.every(STOCK_EVERY, "stock level changes", () -> stock.refresh().size());
        return sweepers;
    }

    /** Also runs {@code round} every {@code period}; {@code what} names what it counts, for the log. */
    public void every(Duration period, String what, IntSupplier round) {
        Counter failures = Counter.builder(FAILURES_METER).description("Background rounds that failed")
                .tag("round", what).register(metrics);
        executor.scheduleWithFixedDelay(() -> {
            try {
                int done = round.getAsInt();
                if (done > 0) {
                    LOG.info("Sweeper: {} {}", done, what);
                }
            } catch (Throwable e) {
                // Even an Error: thrown out of here it would cancel the schedule for good.
                failures.increment();
                LOG.error("Sweeper round failed ({}); the next round runs in {}", what, period, e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops scheduling and waits up to 10 seconds for a running round. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
