package org.awpt.adapters.roblox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with "equal jitter": half the delay is fixed, half is random. */
final class Backoff {
    private final long initialMillis;
    private final long maxMillis;
    private final RandomGenerator random;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** The wait after the given failed attempt (1 for the first). */
    Duration after(int failedAttempt) {
        int doublings = Math.min(Math.max(failedAttempt - 1, 0), 30);
        long base = Math.min(maxMillis, initialMillis << doublings);
        long half = base / 2;
        return Duration.ofMillis(base - half + random.nextLong(half + 1));
    }
}
