package org.awpt.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;
import org.junit.jupiter.api.Test;

/** The report's sums, on numbers given directly (no store, no clock). */
class TransactionArithmeticTest {
    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final DiscordUserId BUYER = new DiscordUserId(111_111_111_111L);
    private static int references;

    private static Sale sale(String method, Money amount, int keys) {
        List<String> masked = java.util.stream.IntStream.range(0, keys).mapToObj(i -> "K" + i).toList();
        return new Sale("order-" + (++references), AT, LicenseTypeCode.WEEKLY, method, amount, masked, BUYER);
    }

    @Test
    void daysAreZeroFilledWithTotalAverageTrendAndTheEarliestBusiestDay() {
        ReportPeriod period = new ReportPeriod(D1, D1.plusDays(3));
        Map<LocalDate, Long> delivered = Map.of(D1.minusDays(4), 1L, D1.minusDays(1), 1L, // previous period: 2
                D1, 1L, D1.plusDays(1), 3L, D1.plusDays(3), 3L);

        TransactionReport report = TransactionArithmetic.report(period, delivered, List.of());

        assertThat(report.days()).isEqualTo(4);
        assertThat(report.perDay()).containsExactly(Map.entry(D1, 1L), Map.entry(D1.plusDays(1), 3L),
                Map.entry(D1.plusDays(2), 0L), Map.entry(D1.plusDays(3), 3L));
        assertThat(report.total()).isEqualTo(7);
        assertThat(report.dailyAverage()).isEqualTo(new BigDecimal("1.75"));
        assertThat(report.previousTotal()).isEqualTo(2);
        assertThat(report.trendPercent()).contains(new BigDecimal("250.00"));
        assertThat(report.busiestDay()).contains(D1.plusDays(1));
        assertThat(report.busiestDayCount()).isEqualTo(3);
    }

    @Test
    void withoutAPreviousPeriodThereIsNoTrendAndWithoutDeliveriesNoBusiestDay() {
        TransactionReport report = TransactionArithmetic.report(new ReportPeriod(D1, D1), Map.of(), List.of());

        assertThat(report.trendPercent()).isEmpty();
        assertThat(report.busiestDay()).isEmpty();
        assertThat(report.dailyAverage()).isEqualTo(new BigDecimal("0.00"));
        assertThat(report.revenue()).isEmpty();
        assertThat(report.unrecordedKeys()).isZero();
    }

    @Test
    void revenueIsSummedExactlyPerMethodAndCurrencyWithUnpricedSalesLastPerMethod() {
        List<Sale> sales = List.of(
                sale("paypal", Money.of("6.99", "USD"), 1),
                sale("robux", Money.of("2400", Money.ROBUX), 1),
                sale("paypal", Money.of("0.01", "USD"), 1),
                sale("paypal", Money.of("13.98", "USD"), 2),
                sale("paypal", Money.of("700", "PHP"), 1),
                sale("gcash", null, 1),
                sale("paypal", null, 3),
                sale("gcash", Money.of("420", "PHP"), 1));

        assertThat(TransactionArithmetic.revenue(sales)).containsExactly(
                new RevenueLine("gcash", "PHP", 1, 1, new BigDecimal("420")),
                new RevenueLine("gcash", "", 1, 1, BigDecimal.ZERO),
                new RevenueLine("paypal", "PHP", 1, 1, new BigDecimal("700")),
                new RevenueLine("paypal", "USD", 3, 4, new BigDecimal("20.98")),
                new RevenueLine("paypal", "", 1, 3, BigDecimal.ZERO),
                new RevenueLine("robux", "ROBUX", 1, 1, new BigDecimal("2400")));
    }

    @Test
    void keysNoRecordedSaleAccountsForAreCountedApart() {
        ReportPeriod period = new ReportPeriod(D1, D1.plusDays(1));
        List<Sale> sales = List.of(sale("robux", Money.of("2400", Money.ROBUX), 1), sale("paypal", null, 2));

        TransactionReport report = TransactionArithmetic.report(period, Map.of(D1, 4L, D1.plusDays(1), 1L), sales);

        assertThat(report.total()).isEqualTo(5);
        assertThat(report.unrecordedKeys()).isEqualTo(2);
        // A sale recorded just before midnight whose key counts the next day never makes the count negative.
        assertThat(TransactionArithmetic.report(new ReportPeriod(D1, D1), Map.of(), sales).unrecordedKeys()).isZero();
    }

    @Test
    void aPeriodIsOneToAYearOfDaysInOrder() {
        assertThat(ReportPeriod.lastDays(7, D1)).isEqualTo(new ReportPeriod(D1.minusDays(6), D1));
        assertThat(new ReportPeriod(D1, D1.plusDays(364)).days()).isEqualTo(365);
        assertThat(new ReportPeriod(D1, D1.plusDays(9)).previous()).isEqualTo(new ReportPeriod(D1.minusDays(10),
                D1.minusDays(1)));
        assertThatThrownBy(() -> new ReportPeriod(D1, D1.plusDays(365))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ReportPeriod(D1, D1.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReportPeriod.lastDays(0, D1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ReportPeriod.lastDays(366, D1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTransactionReportHoldsOneEntryPerDayAndDefaultsMissingOptionals() {
        TreeMap<LocalDate, Long> twoDays = new TreeMap<>(Map.of(D1, 0L, D1.plusDays(1), 0L));

        assertThatThrownBy(() -> new TransactionReport(3, twoDays, 0, BigDecimal.ZERO, 0, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransactionReport(2, null, 0, BigDecimal.ZERO, 0, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransactionReport(2, twoDays, 0, BigDecimal.ZERO, 0, null, null, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
        TransactionReport report = new TransactionReport(2, twoDays, 0, BigDecimal.ZERO, 0, null, null, null, 0);
        assertThat(report.trendPercent()).isEmpty();
        assertThat(report.busiestDay()).isEmpty();
        assertThat(report.revenue()).isEmpty();
        twoDays.put(D1.plusDays(2), 5L);
        assertThat(report.perDay()).hasSize(2);
    }
}
