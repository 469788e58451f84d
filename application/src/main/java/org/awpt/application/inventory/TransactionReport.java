package org.awpt.application.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keys delivered per day over a period ending today, for charts.
 *
 * @param days          the period's length in days
 * @param perDay        every day of the period, oldest first, with its deliveries (zero when none)
 * @param total         deliveries in the period
 * @param dailyAverage  {@code total / days}, two decimals
 * @param previousTotal deliveries in the period of equal length just before
 * @param trendPercent  the change against the previous period in percent, two decimals; empty when it had none
 * @param busiestDay    the day with the most deliveries (the earliest of equals); empty when there were none
 */
public record TransactionReport(int days, SortedMap<LocalDate, Long> perDay, long total, BigDecimal dailyAverage,
        long previousTotal, Optional<BigDecimal> trendPercent, Optional<LocalDate> busiestDay) {
    /** Checks the parts and copies the series. */
    public TransactionReport {
        if (perDay == null || perDay.size() != days) {
            throw new IllegalArgumentException("the series holds one entry per day");
        }
        perDay = Collections.unmodifiableSortedMap(new TreeMap<>(perDay));
        Objects.requireNonNull(dailyAverage, "dailyAverage");
        trendPercent = trendPercent == null ? Optional.empty() : trendPercent;
        busiestDay = busiestDay == null ? Optional.empty() : busiestDay;
    }

    /** The first day of the period. */
    public LocalDate from() {
        return perDay.firstKey();
    }

    /** The last day of the period (today). */
    public LocalDate to() {
        return perDay.lastKey();
    }

    /** Deliveries on the busiest day; zero when there were none. */
    public long busiestDayCount() {
        return busiestDay.map(perDay::get).orElse(0L);
    }
}
