package org.awpt.application.inventory;

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
import org.awpt.domain.license.LicenseTypeCode;
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

        TransactionReport report = shop.inventory.transactions(AdminShop.admin(), 7);

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

        TransactionReport report = shop.inventory.transactions(AdminShop.admin(), 3);

        assertThat(report.total()).isEqualTo(2);
        assertThat(report.dailyAverage()).isEqualTo(new BigDecimal("0.67"));
        assertThat(report.previousTotal()).isEqualTo(4);
        assertThat(report.trendPercent()).contains(new BigDecimal("-50.00"));
    }

    @Test
    void withoutSalesBeforeThereIsNoTrend() {
        shop.stockKeys(WEEKLY, 1);
        sellAt("2026-01-05T11:59:59Z");

        TransactionReport report = shop.inventory.transactions(AdminShop.admin(), 7);

        assertThat(report.total()).isEqualTo(1);
        assertThat(report.previousTotal()).isZero();
        assertThat(report.trendPercent()).isEmpty();
        assertThat(report.busiestDay()).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void withoutAnySaleEveryDayIsZeroAndThereIsNoBusiestDay() {
        TransactionReport report = shop.inventory.transactions(AdminShop.admin(), 30);

        assertThat(report.perDay()).hasSize(30).allSatisfy((day, count) -> assertThat(count).isZero());
        assertThat(report.total()).isZero();
        assertThat(report.dailyAverage()).isEqualTo(new BigDecimal("0.00"));
        assertThat(report.trendPercent()).isEmpty();
        assertThat(report.busiestDay()).isEmpty();
        assertThat(report.busiestDayCount()).isZero();
    }

    @Test
    void aYearIsTheLongestPeriod() {
        assertThat(shop.inventory.transactions(AdminShop.admin(), 365).perDay()).hasSize(365);
        assertThat(shop.inventory.transactions(AdminShop.admin(), 1).perDay()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 366})
    void aPeriodOutsideOneToThreeHundredSixtyFiveDaysIsRefused(int days) {
        assertThatThrownBy(() -> shop.inventory.transactions(AdminShop.admin(), days))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("days"));
    }

    private void sellAt(String instant) {
        shop.sell(WEEKLY, AdminShop.BUYER, Instant.parse(instant));
    }

    private static java.util.Map.Entry<LocalDate, Long> entry(String day, long count) {
        return java.util.Map.entry(LocalDate.parse(day), count);
    }
}
