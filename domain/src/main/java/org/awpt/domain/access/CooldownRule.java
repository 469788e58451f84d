package org.awpt.domain.access;

import java.time.Duration;
import java.util.Objects;

/**
 * How an action cools down: a few failures are free, then each further failure doubles the wait,
 * from {@code base} up to {@code max}. Success clears the count.
 *
 * @param freeFailures failures that cost no wait
 * @param base         the wait after the first failure past the free ones
 * @param max          the longest wait
 */
public record CooldownRule(int freeFailures, Duration base, Duration max) {
    /** Checks the numbers make sense. */
    public CooldownRule {
        if (freeFailures < 0) {
            throw new IllegalArgumentException("free failures are 0 or more");
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= max");
        }
    }

    /** Two free failures, then 30 seconds doubling up to one hour. */
    public static CooldownRule defaults() {
        return new CooldownRule(2, Duration.ofSeconds(30), Duration.ofHours(1));
    }

    /** The wait after the given number of consecutive failures. */
    public Duration waitAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration wait = base;
        for (int i = 1; i < over && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
