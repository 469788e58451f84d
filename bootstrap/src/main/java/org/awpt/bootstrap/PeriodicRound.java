package org.awpt.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Work a running bot repeats in the background, contributed to a Guice set binder and scheduled by
 * {@link Sweepers}. Each round must be idempotent, so one overlapping another instance's does no harm.
 *
 * @param period how long from the end of one run to the start of the next (also the first delay)
 * @param what   what the count it returns counts, for the log ("expired abandoned payments")
 * @param round  one run; how many things it did
 */
public record PeriodicRound(Duration period, String what, IntSupplier round) {
    /** Checks the parts. */
    public PeriodicRound {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(round, "round");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a round repeats after a positive period: " + period);
        }
    }
}
