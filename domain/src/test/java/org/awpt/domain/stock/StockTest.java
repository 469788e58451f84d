package org.awpt.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.awpt.domain.license.LicenseTypeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StockTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    @ParameterizedTest(name = "{0} keys: {1}")
    @CsvSource({
        "-1, OUT_OF_STOCK",
        "0, OUT_OF_STOCK",
        "1, CRITICAL",
        "2, LOW",
        "10, LOW",
        "11, HEALTHY",
        "10000, HEALTHY"
    })
    void defaultLevelsAreTheSpecifications(long available, StockLevel level) {
        assertThat(StockThresholds.defaults().levelOf(available)).isEqualTo(level);
    }

    @Test
    void defaultsAreCriticalOneLowTen() {
        assertThat(StockThresholds.defaults()).isEqualTo(new StockThresholds(1, 10));
    }

    @ParameterizedTest(name = "critical {0}, low {1}, {2} keys: {3}")
    @CsvSource({
        "3, 5, 3, CRITICAL",
        "3, 5, 4, LOW",
        "3, 5, 6, HEALTHY",
        "0, 0, 1, HEALTHY",
        "0, 0, 0, OUT_OF_STOCK",
        "2, 2, 2, CRITICAL",
        "2, 2, 3, HEALTHY"
    })
    void configuredThresholdsAreInclusive(int critical, int low, long available, StockLevel level) {
        assertThat(new StockThresholds(critical, low).levelOf(available)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "5, 4"})
    void thresholdsAreOrdered(int critical, int low) {
        assertThatThrownBy(() -> new StockThresholds(critical, low)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "HEALTHY, true, false",
        "LOW, true, true",
        "CRITICAL, false, true",
        "OUT_OF_STOCK, false, true"
    })
    void onlyHealthyAndLowStockStartNewPurchases(StockLevel level, boolean allows, boolean attention) {
        assertThat(level.allowsNewPurchases()).isEqualTo(allows);
        assertThat(level.needsAttention()).isEqualTo(attention);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CRITICAL, LOW, true, true",
        "OUT_OF_STOCK, HEALTHY, true, true",
        "LOW, HEALTHY, true, false",
        "OUT_OF_STOCK, CRITICAL, true, false",
        "HEALTHY, LOW, false, false",
        "LOW, CRITICAL, false, true",
        "CRITICAL, OUT_OF_STOCK, false, false"
    })
    void aChangeKnowsWhetherItRecoversAndWhetherBuyingChanges(StockLevel from, StockLevel to, boolean recovery,
            boolean purchasability) {
        StockChange change = new StockChange(WEEKLY, from, to, 5);
        assertThat(change.isRecovery()).isEqualTo(recovery);
        assertThat(change.changesPurchasability()).isEqualTo(purchasability);
    }

    @ParameterizedTest
    @EnumSource(StockLevel.class)
    void aChangeChangesTheLevel(StockLevel level) {
        assertThatThrownBy(() -> new StockChange(WEEKLY, level, level, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeNamesTypeAndLevels() {
        StockLevel low = StockLevel.LOW;
        StockLevel critical = StockLevel.CRITICAL;
        assertThatThrownBy(() -> new StockChange(null, low, critical, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StockChange(WEEKLY, null, critical, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StockChange(WEEKLY, low, null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStatusTakesItsLevelFromTheThresholds() {
        assertThat(StockStatus.of(WEEKLY, 1, StockThresholds.defaults()))
                .isEqualTo(new StockStatus(WEEKLY, 1, StockLevel.CRITICAL));
        assertThat(StockStatus.of(WEEKLY, 11, StockThresholds.defaults()).level()).isEqualTo(StockLevel.HEALTHY);
        assertThat(new StockStatus(WEEKLY, 0, StockLevel.OUT_OF_STOCK).available()).isZero();
        assertThatThrownBy(() -> new StockStatus(WEEKLY, -1, StockLevel.OUT_OF_STOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockStatus(null, 0, StockLevel.OUT_OF_STOCK))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StockStatus(WEEKLY, 0, null)).isInstanceOf(NullPointerException.class);
    }
}
