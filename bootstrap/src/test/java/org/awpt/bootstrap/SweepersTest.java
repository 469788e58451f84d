package org.awpt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sweepers' rounds on a real scheduler: a round that fails, even with an Error, runs again and is counted. */
class SweepersTest {

    @Test
    void aRoundThatThrowsAnErrorIsCountedAndRunsAgain() throws InterruptedException {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch ranAfterFailures = new CountDownLatch(1);
        try (Sweepers sweepers = new Sweepers(Executors.newSingleThreadScheduledExecutor(), metrics)) {
            sweepers.every(Duration.ofMillis(5), "stock level changes", () -> {
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

            assertThat(ranAfterFailures.await(60, TimeUnit.SECONDS)).as("the round ran after failing").isTrue();
        }
        assertThat(metrics.get(Sweepers.FAILURES_METER).tag("round", "stock level changes").counter().count())
                .isEqualTo(2.0);
    }
}
