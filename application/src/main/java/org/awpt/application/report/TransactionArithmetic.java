package org.awpt.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;

/**
 * The sums behind a {@link TransactionReport}, apart from where the numbers come from: zero-filled days,
 * average, trend against the previous period, busiest day, and revenue per method and currency in exact
 * decimals.
 */
public final class TransactionArithmetic {
    /** Sorts by method, then currency, the method's sales without an amount last. */
    private static final Comparator<RevenueLine> LINE_ORDER = Comparator.comparing(RevenueLine::method)
            .thenComparing(line -> line.currency().isEmpty())
            .thenComparing(RevenueLine::currency);

    private TransactionArithmetic() {
    }

    /**
     * The report of a period.
     *
     * @param period    the period
     * @param delivered keys delivered per day over the period and the one before it (days without any may be absent)
     * @param sales     the recorded sales of the period
     */
    public static TransactionReport report(ReportPeriod period, Map<LocalDate, Long> delivered, List<Sale> sales) {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        long total = 0;
        Optional<LocalDate> busiest = Optional.empty();
        long busiestCount = 0;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            long count = delivered.getOrDefault(day, 0L);
            perDay.put(day, count);
            total += count;
            if (count > busiestCount) {
                busiest = Optional.of(day);
                busiestCount = count;
            }
        }
        ReportPeriod previous = period.previous();
        long previousTotal = 0;
        for (LocalDate day = previous.from(); !day.isAfter(previous.to()); day = day.plusDays(1)) {
            previousTotal += delivered.getOrDefault(day, 0L);
        }
        int days = period.days();
        BigDecimal average = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        Optional<BigDecimal> trend = previousTotal == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(total - previousTotal).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(previousTotal), 2, RoundingMode.HALF_UP));
        long recordedKeys = sales.stream().mapToLong(Sale::quantity).sum();
        // A sale recorded a moment before midnight may count its key on the next day: never below zero.
        long unrecorded = Math.max(0, total - recordedKeys);
        return new TransactionReport(days, perDay, total, average, previousTotal, trend, busiest, revenue(sales),
                unrecorded);
    }

    /** The sales per method and currency, exact, in {@link #LINE_ORDER}. */
    public static List<RevenueLine> revenue(List<Sale> sales) {
        Map<List<String>, RevenueLine> lines = new HashMap<>();
        for (Sale sale : sales) {
            String currency = sale.paid().map(Money::currency).orElse("");
            BigDecimal amount = sale.paid().map(Money::amount).orElse(BigDecimal.ZERO);
            lines.merge(List.of(sale.method(), currency),
                    new RevenueLine(sale.method(), currency, 1, sale.quantity(), amount),
                    (a, b) -> new RevenueLine(a.method(), a.currency(), a.sales() + b.sales(), a.keys() + b.keys(),
                            a.total().add(b.total())));
        }
        List<RevenueLine> sorted = new ArrayList<>(lines.values());
        sorted.sort(LINE_ORDER);
        return sorted;
    }
}
