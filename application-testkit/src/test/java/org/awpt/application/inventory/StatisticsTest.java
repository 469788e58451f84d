package org.awpt.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.awpt.application.adminshop.AdminShop;
import org.awpt.application.fake.TestKeys;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCatalog;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.importing.ImportLimits;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;
    private static final LicenseTypeCode MONTHLY = LicenseTypeCode.MONTHLY;
    private static final LicenseType DAILY = new LicenseType(new LicenseTypeCode("daily"), "Daily", Duration.ofDays(1));

    private final AdminShop shop = new AdminShop(AdminShop.settings(
            new LicenseTypeCatalog(List.of(LicenseType.weekly(), LicenseType.monthly(), DAILY)),
            ImportLimits.defaults(), ZoneId.of("UTC")));

    @Test
    void countsEveryCatalogTypeByStatusWithItsStockLevel() {
        shop.stockKeys(WEEKLY, 30);
        shop.stockKeys(MONTHLY, 10);
        Instant now = shop.clock.instant();
        for (int i = 0; i < 6; i++) {
            shop.sell(WEEKLY, AdminShop.BUYER, now.minus(Duration.ofDays(i)));
        }
        shop.sell(WEEKLY, AdminShop.BUYER, now.minus(Duration.ofDays(20)));
        shop.sell(WEEKLY, AdminShop.BUYER, now.minus(Duration.ofDays(20)));
        shop.sell(MONTHLY, AdminShop.BUYER, now.minus(Duration.ofDays(3)));
        shop.sell(MONTHLY, AdminShop.BUYER, now.minus(Duration.ofDays(13)));
        shop.keys.reserve(new OrderId("request:test:0"), WEEKLY, AdminShop.SUPPORT, now);
        LicenseKey monthlyInStock = shop.keys.list(org.awpt.application.port.KeyFilter.of(MONTHLY, KeyStatus.AVAILABLE),
                0, 1).get(0);
        shop.keys.revoke(monthlyInStock.code(), AdminShop.ADMIN, "leaked", now);

        InventoryStatistics stats = shop.inventory.statistics(AdminShop.admin());

        assertThat(stats.generatedAt()).isEqualTo(now);
        assertThat(stats.recentSales()).isEqualTo(8);
        assertThat(stats.types()).extracting(TypeStatistics::type)
                .containsExactly(WEEKLY, MONTHLY, DAILY.code());
        TypeStatistics weekly = stats.types().get(0);
        assertThat(weekly.displayName()).isEqualTo("Weekly");
        assertThat(weekly.counts()).containsEntry(KeyStatus.AVAILABLE, 21L).containsEntry(KeyStatus.USED, 8L)
                .containsEntry(KeyStatus.REQUESTED, 1L).containsEntry(KeyStatus.REVOKED, 0L);
        assertThat(weekly.total()).isEqualTo(30);
        assertThat(weekly.stock()).isEqualTo(new StockStatus(WEEKLY, 21, StockLevel.HEALTHY));
        // 8 sales in 14 days, weekly holds 8 of the 10 used keys: 8 * 0.8 / 14 a day, 21 keys last 45.9375 days.
        assertThat(weekly.daysOfStockLeft()).hasValueCloseTo(45.9375, within(1e-9));
        TypeStatistics monthly = stats.types().get(1);
        assertThat(monthly.count(KeyStatus.AVAILABLE)).isEqualTo(7);
        assertThat(monthly.count(KeyStatus.REVOKED)).isEqualTo(1);
        assertThat(monthly.stock().level()).isEqualTo(StockLevel.LOW);
        // 8 * 0.2 / 14 a day: 7 keys last 61.25 days.
        assertThat(monthly.daysOfStockLeft()).hasValueCloseTo(61.25, within(1e-9));
        assertThat(stats.totals()).containsEntry(KeyStatus.AVAILABLE, 28L).containsEntry(KeyStatus.USED, 10L);
        assertThat(stats.total()).isEqualTo(40);
    }

    @Test
    void aTypeWithoutKeysIsListedWithZerosOutOfStockAndNoEstimate() {
        shop.stockKeys(WEEKLY, 3);
        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant());

        TypeStatistics daily = shop.inventory.statistics(AdminShop.admin()).types().get(2);

        assertThat(daily.displayName()).isEqualTo("Daily");
        assertThat(daily.counts()).hasSize(KeyStatus.values().length).allSatisfy((status, n) -> assertThat(n).isZero());
        assertThat(daily.stock()).isEqualTo(new StockStatus(DAILY.code(), 0, StockLevel.OUT_OF_STOCK));
        assertThat(daily.daysOfStockLeft()).isEmpty();
    }

    @Test
    void withoutRecentSalesThereIsNoEstimate() {
        shop.stockKeys(WEEKLY, 5);
        shop.sell(WEEKLY, AdminShop.BUYER, shop.clock.instant().minus(Duration.ofDays(14)));

        InventoryStatistics stats = shop.inventory.statistics(AdminShop.admin());

        assertThat(stats.recentSales()).isZero();
        assertThat(stats.types()).allSatisfy(type -> assertThat(type.daysOfStockLeft()).isEmpty());
    }

    @Test
    void keysOfATypeNoLongerInTheCatalogAreStillCounted() {
        shop.keys.insertAll(List.of(TestKeys.inStock(500, new LicenseTypeCode("legacy"), shop.clock.instant())));

        List<TypeStatistics> types = shop.inventory.statistics(AdminShop.admin()).types();

        assertThat(types).hasSize(4);
        assertThat(types.get(3).type().value()).isEqualTo("legacy");
        assertThat(types.get(3).displayName()).isEqualTo("legacy");
        assertThat(types.get(3).count(KeyStatus.AVAILABLE)).isEqualTo(1);
    }
}
