package org.awpt.bootstrap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Percentiles of a set of durations by the nearest-rank method over the sorted values (the benchmark
 * has about a thousand, so sorting them is all it takes).
 */
public final class Percentiles {
    private final List<Duration> sorted;

    /** Sorts a copy of the values; at least one. */
    public Percentiles(List<Duration> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Duration> copy = new ArrayList<>(values);
        Collections.sort(copy);
        sorted = List.copyOf(copy);
    }

    /** The smallest value with at least {@code percent} % of the values at or below it (0 < percent <= 100). */
    public Duration at(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("a percentile is in (0, 100]: " + percent);
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(rank - 1);
    }

    /** The largest value. */
    public Duration max() {
        return sorted.get(sorted.size() - 1);
    }

    /** How many values there are. */
    public int count() {
        return sorted.size();
    }
}
