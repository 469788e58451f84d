package org.awpt.bootstrap;

import com.google.inject.Inject;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one scheduler of a running bot's background work: every {@link PeriodicRound} bound in the
 * injector's set (see {@code org.awpt.bootstrap.guice.RoundsModule}), on one thread. A failing round,
 * even one that throws an {@link Error}, is logged, counted ({@value #FAILURES_METER}, tagged with the
 * round) and the next run comes anyway: a task that throws out of a {@link ScheduledExecutorService}
 * is never run again, silently.
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
    /** How often purchase tickets are looked at for an idle warning or a close by the ticket policy. */
    public static final Duration TICKETS_EVERY = Duration.ofMinutes(1);
    /** How often the channels of closed tickets whose delay is up are deleted (so a 10 s delay is kept closely). */
    public static final Duration TICKET_CHANNELS_EVERY = Duration.ofSeconds(5);
    /** How often the bot looks whether another process (the command line) wrote the SQLite file. */
    public static final Duration OTHER_WRITERS_EVERY = Duration.ofSeconds(2);
    /** The counter of failed rounds, tagged {@code round}. */
    public static final String FAILURES_METER = "awpt.rounds.failed";
    private static final Logger LOG = LoggerFactory.getLogger(Sweepers.class);

    private final List<PeriodicRound> rounds;
    private final ScheduledExecutorService executor;
    private boolean started;

    /** The bound rounds, on a thread of their own (created when the first round is scheduled). */
    @Inject
    Sweepers(Set<PeriodicRound> rounds) {
        this(rounds, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "awpt-sweeper");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** These rounds on this executor (tests give one they drive). */
    Sweepers(Set<PeriodicRound> rounds, ScheduledExecutorService executor) {
        this.rounds = List.copyOf(rounds);
        this.executor = executor;
    }

    /**
     * Schedules every round, once; each first runs one period from now.
     *
     * @param metrics where failed rounds are counted
     */
    public synchronized void start(MeterRegistry metrics) {
        if (started) {
            return;
        }
        started = true;
        rounds.forEach(round -> schedule(round, metrics));
        LOG.info("Sweeper: {} rounds scheduled", rounds.size());
    }

    private void schedule(PeriodicRound round, MeterRegistry metrics) {
        Counter failures = Counter.builder(FAILURES_METER).description("Background rounds that failed")
                .tag("round", round.what()).register(metrics);
        long period = round.period().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                int done = round.round().getAsInt();
                if (done > 0) {
                    LOG.info("Sweeper: {} {}", done, round.what());
                }
            } catch (Throwable e) {
                // Even an Error: thrown out of here it would cancel the schedule for good.
                failures.increment();
                LOG.error("Sweeper round failed ({}); the next round runs in {}", round.what(), round.period(), e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
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
