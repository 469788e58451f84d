package org.awpt.adapters.roblox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4), new SplittableRandom(3));

    @Test
    void doublesFromTheInitialWaitWithinHalfAndWhole() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.after(1)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
            assertThat(backoff.after(2)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(backoff.after(3)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
        }
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        for (int attempt = 4; attempt < 100; attempt++) {
            assertThat(backoff.after(attempt)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        }
    }

    @Test
    void isJittered() {
        Set<Duration> waits = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            waits.add(backoff.after(2));
        }
        assertThat(waits).hasSizeGreaterThan(10);
    }
}
