package org.awpt.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.awpt.application.lockdown.FeatureState;
import org.awpt.domain.access.Feature;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;
import org.junit.jupiter.api.Test;

/** The invariants of the values the admin use cases return. */
class InventoryRecordsTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    @Test
    void aKeyPageRefusesImpossibleNumbers() {
        assertThatThrownBy(() -> new KeyPage(List.of(), -1, 10, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyPage(List.of(), 0, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyPage(List.of(), 0, 10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyPage(List.of(), 0, 10, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExportRowHoldsAWholeKey() {
        assertThatThrownBy(() -> new KeyExportRow("ABCD", WEEKLY, KeyStatus.AVAILABLE, null, null, null, null,
                Instant.EPOCH, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typeStatisticsFillEveryStatus() {
        TypeStatistics empty = new TypeStatistics(WEEKLY, "Weekly", null,
                new StockStatus(WEEKLY, 0, StockLevel.OUT_OF_STOCK), null);

        assertThat(empty.counts()).containsOnlyKeys(KeyStatus.values());
        assertThat(empty.total()).isZero();
        assertThat(empty.daysOfStockLeft()).isEqualTo(OptionalDouble.empty());
    }

    @Test
    void statisticsRefuseNegativeSales() {
        assertThatThrownBy(() -> new InventoryStatistics(Instant.EPOCH, List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFeatureStateWithoutSwitchIsOpen() {
        assertThat(new FeatureState(Feature.IMPORTS, null).locked()).isFalse();
    }
}
