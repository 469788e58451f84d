package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sweepers' bound rounds: each scheduled once at its period; a round that fails, even with an Error, runs again and is counted. */
class SweepersTest {

    @Test
    void aRoundThatThrowsAnErrorIsCountedAndRunsAgain() throws InterruptedException {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch ranAfterFailures = new CountDownLatch(1);
        PeriodicRound round = new PeriodicRound(Duration.ofMillis(5), "stock level changes", () -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                throw new StackOverflowError("deep recursion in a round");
            }
            if (call == 2) {
                throw new IllegalStateException("database is locked");
            }
            ranAfterFailures.countDown();
            return 1;
        });
        try (Sweepers sweepers = new Sweepers(Set.of(round), Executors.newSingleThreadScheduledExecutor())) {
            sweepers.start(metrics);

            assertThat(ranAfterFailures.await(60, TimeUnit.SECONDS)).as("the round ran after failing").isTrue();
        }
        assertThat(metrics.get(Sweepers.FAILURES_METER).tag("round", "stock level changes").counter().count())
                .isEqualTo(2.0);
    }

    @Test
    void everyBoundRoundIsScheduledOnceAtItsPeriodHoweverOftenTheSweepersStart() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        Sweepers sweepers = new Sweepers(Set.of(new PeriodicRound(Duration.ofSeconds(30), "a", () -> 0),
                new PeriodicRound(Duration.ofMinutes(1), "b", () -> 0)), scheduler);

        sweepers.start(new SimpleMeterRegistry());
        sweepers.start(new SimpleMeterRegistry());

        verify(scheduler, times(1)).scheduleWithFixedDelay(any(), eq(30_000L), eq(30_000L), eq(TimeUnit.MILLISECONDS));
        verify(scheduler, times(1)).scheduleWithFixedDelay(any(), eq(60_000L), eq(60_000L), eq(TimeUnit.MILLISECONDS));
    }

    @Test
    void aRoundRepeatsAfterAPositivePeriod() {
        assertThatThrownBy(() -> new PeriodicRound(Duration.ZERO, "never", () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
