package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The sweepers' rounds on a scheduler the test drives: a failing round is logged and the schedule goes on. */
class SweepersTest {

    @Test
    void aRoundIsScheduledAtItsPeriodAndAFailureNeverLeavesTheRound() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        AtomicInteger calls = new AtomicInteger();
        Sweepers sweepers = new Sweepers(Set.of(new PeriodicRound(Sweepers.OTHER_WRITERS_EVERY, "stock level changes",
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("database is locked");
                    }
                    return 1;
                })), scheduler);

        sweepers.start();

        ArgumentCaptor<Runnable> round = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(round.capture(), eq(2_000L), eq(2_000L), eq(TimeUnit.MILLISECONDS));
        // A scheduled task that throws is never run again: the round must swallow (and log) its failure.
        assertThatCode(round.getValue()::run).doesNotThrowAnyException();
        assertThatCode(round.getValue()::run).doesNotThrowAnyException();
        assertThat(calls).hasValue(2);
    }

    @Test
    void everyBoundRoundIsScheduledOnceHoweverOftenTheSweepersStart() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        Sweepers sweepers = new Sweepers(Set.of(new PeriodicRound(Duration.ofSeconds(30), "a", () -> 0),
                new PeriodicRound(Duration.ofMinutes(1), "b", () -> 0)), scheduler);

        sweepers.start();
        sweepers.start();

        verify(scheduler, times(1)).scheduleWithFixedDelay(any(), eq(30_000L), eq(30_000L), eq(TimeUnit.MILLISECONDS));
        verify(scheduler, times(1)).scheduleWithFixedDelay(any(), eq(60_000L), eq(60_000L), eq(TimeUnit.MILLISECONDS));
    }

    @Test
    void aRoundRepeatsAfterAPositivePeriod() {
        assertThatThrownBy(() -> new PeriodicRound(Duration.ZERO, "never", () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
