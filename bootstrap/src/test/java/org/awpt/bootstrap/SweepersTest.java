package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

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
        Sweepers sweepers = new Sweepers(scheduler);

        sweepers.every(Sweepers.OTHER_WRITERS_EVERY, "stock level changes", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database is locked");
            }
            return 1;
        });

        ArgumentCaptor<Runnable> round = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(round.capture(), eq(2_000L), eq(2_000L), eq(TimeUnit.MILLISECONDS));
        // A scheduled task that throws is never run again: the round must swallow (and log) its failure.
        assertThatCode(round.getValue()::run).doesNotThrowAnyException();
        assertThatCode(round.getValue()::run).doesNotThrowAnyException();
        assertThat(calls).hasValue(2);
        verify(scheduler).scheduleWithFixedDelay(any(), eq(2_000L), eq(2_000L), eq(TimeUnit.MILLISECONDS));
    }
}
