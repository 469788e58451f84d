package org.awpt.application.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keys delivered per day over a period, for charts, and the period's revenue per payment method and currency.
 *
 * @param days          the period's length in days
 * @param perDay        every day of the period, oldest first, with its deliveries (zero when none)
 * @param total         deliveries in the period
 * @param dailyAverage  {@code total / days}, two decimals
 * @param previousTotal deliveries in the period of equal length just before
 * @param trendPercent  the change against the previous period in percent, two decimals; empty when it had none
 * @param busiestDay    the day with the most deliveries (the earliest of equals); empty when there were none
 * @param revenue       the period's recorded sales per method and currency, by method then currency (the
 *                      method's sales without an amount after its currencies)
 * @param unrecordedKeys keys delivered in the period that no recorded sale accounts for: sold before the
 *                      sales ledger existed (they count per day, without a method or an amount)
 */
public record TransactionReport(int days, SortedMap<LocalDate, Long> perDay, long total, BigDecimal dailyAverage,
        long previousTotal, Optional<BigDecimal> trendPercent, Optional<LocalDate> busiestDay,
        List<RevenueLine> revenue, long unrecordedKeys) {
    /** Checks the parts and copies the series. */
    public TransactionReport {
        if (perDay == null || perDay.size() != days) {
            throw new IllegalArgumentException("the series holds one entry per day");
        }
        perDay = Collections.unmodifiableSortedMap(new TreeMap<>(perDay));
        Objects.requireNonNull(dailyAverage, "dailyAverage");
        trendPercent = trendPercent == null ? Optional.empty() : trendPercent;
        busiestDay = busiestDay == null ? Optional.empty() : busiestDay;
        revenue = revenue == null ? List.of() : List.copyOf(revenue);
        if (unrecordedKeys < 0) {
            throw new IllegalArgumentException("unrecorded keys are 0 or more");
        }
    }

    /** The first day of the period. */
    public LocalDate from() {
        return perDay.firstKey();
    }

    /** The last day of the period. */
    public LocalDate to() {
        return perDay.lastKey();
    }

    /** Deliveries on the busiest day; zero when there were none. */
    public long busiestDayCount() {
        return busiestDay.map(perDay::get).orElse(0L);
    }
}
