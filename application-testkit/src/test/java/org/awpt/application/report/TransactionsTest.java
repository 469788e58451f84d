package org.awpt.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.importing.ImportLimits;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.sale.Sale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The clock stands at 2026-01-05T12:00Z, which is 20:00 on 5 January in Manila (UTC+8), the shop's zone. */
class TransactionsTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    private final AdminShop shop = new AdminShop(AdminShop.settings(LicenseTypeCatalog.defaults(),
            ImportLimits.defaults(), ZoneId.of("Asia/Manila")));

    @Test
    void aWeekOfSalesIsZeroFilledPerShopDayWithTotalAverageTrendAndBusiestDay() {
        shop.stockKeys(WEEKLY, 20);
        sellAt("2025-12-22T02:00:00Z"); // before both periods
        sellAt("2025-12-23T02:00:00Z"); // previous period, first day
        sellAt("2025-12-29T02:00:00Z"); // previous period, last day
        sellAt("2025-12-29T16:30:00Z"); // 30 Dec 00:30 in Manila: this period
        sellAt("2025-12-31T02:00:00Z");
        sellAt("2025-12-31T03:00:00Z");
        sellAt("2026-01-02T02:00:00Z");
        sellAt("2026-01-02T09:00:00Z");
        sellAt("2026-01-04T15:00:00Z"); // 4 Jan 23:00 in Manila
        sellAt("2026-01-04T20:00:00Z"); // 5 Jan 04:00 in Manila

        TransactionReport report = report(7);

        assertThat(report.days()).isEqualTo(7);
        assertThat(report.from()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(report.perDay()).containsExactly(
                entry("2025-12-30", 1), entry("2025-12-31", 2), entry("2026-01-01", 0), entry("2026-01-02", 2),
                entry("2026-01-03", 0), entry("2026-01-04", 1), entry("2026-01-05", 1));
        assertThat(report.total()).isEqualTo(7);
        assertThat(report.dailyAverage()).isEqualTo(new BigDecimal("1.00"));
        assertThat(report.previousTotal()).isEqualTo(2);
        assertThat(report.trendPercent()).contains(new BigDecimal("250.00"));
        assertThat(report.busiestDay()).contains(LocalDate.of(2025, 12, 31)); // the earlier of two days with 2
        assertThat(report.busiestDayCount()).isEqualTo(2);
    }

    @Test
    void theAverageAndADroppingTrendHaveTwoDecimals() {
        shop.stockKeys(WEEKLY, 10);
        sellAt("2025-12-31T02:00:00Z");
        sellAt("2025-12-31T03:00:00Z");
        sellAt("2026-01-02T02:00:00Z");
        sellAt("2026-01-02T03:00:00Z");
        sellAt("2026-01-04T02:00:00Z");
        sellAt("2026-01-05T02:00:00Z");

        TransactionReport report = report(3);

        assertThat(report.total()).isEqualTo(2);
        assertThat(report.dailyAverage()).isEqualTo(new BigDecimal("0.67"));
        assertThat(report.previousTotal()).isEqualTo(4);
        assertThat(report.trendPercent()).contains(new BigDecimal("-50.00"));
    }

    @Test
    void withoutSalesBeforeThereIsNoTrend() {
        shop.stockKeys(WEEKLY, 1);
        sellAt("2026-01-05T11:59:59Z");

        TransactionReport report = report(7);

        assertThat(report.total()).isEqualTo(1);
        assertThat(report.previousTotal()).isZero();
        assertThat(report.trendPercent()).isEmpty();
        assertThat(report.busiestDay()).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void withoutAnySaleEveryDayIsZeroAndThereIsNoBusiestDay() {
        TransactionReport report = report(30);

        assertThat(report.perDay()).hasSize(30).allSatisfy((day, count) -> assertThat(count).isZero());
        assertThat(report.total()).isZero();
        assertThat(report.dailyAverage()).isEqualTo(new BigDecimal("0.00"));
        assertThat(report.trendPercent()).isEmpty();
        assertThat(report.busiestDay()).isEmpty();
        assertThat(report.busiestDayCount()).isZero();
    }

    @Test
    void aYearIsTheLongestPeriod() {
        assertThat(report(365).perDay()).hasSize(365);
        assertThat(report(1).perDay()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 366})
    void aPeriodOutsideOneToThreeHundredSixtyFiveDaysIsRefused(int days) {
        assertThatThrownBy(() -> report(days))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("days"));
    }

    @Test
    void aCustomPeriodEndsOnItsLastDayAndComparesWithTheDaysJustBefore() {
        shop.stockKeys(WEEKLY, 5);
        sellAt("2025-12-01T02:00:00Z"); // previous period
        sellAt("2025-12-03T02:00:00Z");
        sellAt("2025-12-04T02:00:00Z");
        sellAt("2025-12-05T02:00:00Z"); // after the period

        TransactionReport report = shop.reports.transactions(AdminShop.admin(),
                new ReportPeriod(LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 4)));

        assertThat(report.perDay()).containsExactly(entry("2025-12-03", 1), entry("2025-12-04", 1));
        assertThat(report.previousTotal()).isEqualTo(1);
    }

    @Test
    void revenueCountsTheRecordedSalesOfThePeriodPerMethodAndCurrencyAndOlderKeysApart() {
        shop.stockKeys(WEEKLY, 10);
        sellAt("2026-01-03T02:00:00Z"); // sold before the ledger: delivered, no record
        completeSale("robux:1:2:3", "2026-01-04T02:00:00Z", "robux", Money.of("2400", Money.ROBUX), 1);
        completeSale("manual:s1", "2026-01-04T03:00:00Z", "gcash", Money.of("420", "PHP"), 1);
        completeSale("manual:s2", "2026-01-05T03:00:00Z", "gcash", Money.of("420", "PHP"), 1);
        completeSale("storefront:sellix:i1:p", "2026-01-05T04:00:00Z", "paypal", null, 2);
        completeSale("manual:old", "2025-12-20T03:00:00Z", "gcash", Money.of("420", "PHP"), 1); // before the period

        TransactionReport report = report(7);

        assertThat(report.revenue()).containsExactly(
                new RevenueLine("gcash", "PHP", 2, 2, new BigDecimal("840")),
                new RevenueLine("paypal", "", 1, 2, BigDecimal.ZERO),
                new RevenueLine("robux", "ROBUX", 1, 1, new BigDecimal("2400")));
        assertThat(report.total()).isEqualTo(6);
        assertThat(report.unrecordedKeys()).isEqualTo(1);
    }

    @Test
    void theSalesExportHandsTheRecordedSalesOfThePeriodOldestFirst() {
        shop.stockKeys(WEEKLY, 5);
        completeSale("b", "2026-01-05T03:00:00Z", "gcash", Money.of("420", "PHP"), 1);
        completeSale("a", "2026-01-04T03:00:00Z", "robux", Money.of("2400", Money.ROBUX), 1);
        completeSale("old", "2025-12-01T03:00:00Z", "robux", Money.of("2400", Money.ROBUX), 1);
        java.util.List<Sale> exported = new java.util.ArrayList<>();

        assertThat(shop.reports.exportSales(AdminShop.admin(), shop.reports.lastDays(7), exported::add)).isEqualTo(2);
        assertThat(exported).extracting(Sale::reference).containsExactly("a", "b");
        assertThat(exported).allSatisfy(sale -> assertThat(sale.maskedKeys()).allMatch(key -> key.contains("\u2022")));
    }

    /** A sale completed through the shop's events, its keys claimed as the services claim them. */
    private void completeSale(String reference, String instant, String method, Money amount, int keys) {
        Instant at = Instant.parse(instant);
        java.util.List<KeyCode> sold = new java.util.ArrayList<>();
        for (int i = 0; i < keys; i++) {
            sold.add(shop.sell(WEEKLY, AdminShop.BUYER, at).code());
        }
        shop.events.publish(new SaleCompleted(AdminShop.BUYER, WEEKLY, method, sold, reference, at, amount));
    }

    private TransactionReport report(int days) {
        return shop.reports.transactions(AdminShop.admin(), shop.reports.lastDays(days));
    }

    private void sellAt(String instant) {
        shop.sell(WEEKLY, AdminShop.BUYER, Instant.parse(instant));
    }

    private static java.util.Map.Entry<LocalDate, Long> entry(String day, long count) {
        return java.util.Map.entry(LocalDate.parse(day), count);
    }
}
