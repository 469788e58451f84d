package org.awpt.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awpt.domain.TestData.BUYER;
import static org.awpt.domain.TestData.T0;
import static org.awpt.domain.TestData.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.awpt.domain.license.ClaimOrder;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.license.OrderId;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockLevel;
import org.awpt.domain.stock.StockStatus;
import org.junit.jupiter.api.Test;

class ShopEventTest {
    private static final LicenseTypeCode WEEKLY = LicenseTypeCode.WEEKLY;

    @Test
    void aSaleSellsAtLeastOneKeyByAMethodAndCopiesItsKeys() {
        List<org.awpt.domain.license.KeyCode> keys = new ArrayList<>(List.of(key(1)));
        SaleCompleted sale = new SaleCompleted(BUYER, WEEKLY, "robux", keys, "robux:1:2:3", T0);
        keys.add(key(2));

        assertThat(sale.keys()).containsExactly(key(1));
        assertThat(sale.discordBuyer()).contains(BUYER);
        assertThat(new SaleCompleted(null, WEEKLY, "sellix", List.of(key(1)), "inv", T0).discordBuyer()).isEmpty();
        assertThatThrownBy(() -> new SaleCompleted(BUYER, WEEKLY, "robux", List.of(), "r", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SaleCompleted(BUYER, WEEKLY, " ", List.of(key(1)), "r", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SaleCompleted(BUYER, WEEKLY, null, List.of(key(1)), "r", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSaleInALogShowsMaskedKeysOnly() {
        SaleCompleted sale = new SaleCompleted(BUYER, WEEKLY, "robux", List.of(key(1)), "r", T0);

        assertThat(sale.toString()).doesNotContain(key(1).value()).contains(key(1).masked());
    }

    @Test
    void stockChangesForAtLeastOneType() {
        assertThat(StockChanged.of(WEEKLY).types()).containsExactly(WEEKLY);
        assertThatThrownBy(() -> new StockChanged(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelChangesCopyTheirLists() {
        List<StockChange> changes = new ArrayList<>(List.of(new StockChange(WEEKLY, StockLevel.HEALTHY,
                StockLevel.LOW, 3)));
        StockLevelsChanged event = new StockLevelsChanged(changes, List.of(new StockStatus(WEEKLY, 3, StockLevel.LOW)));
        changes.clear();

        assertThat(event.changes()).hasSize(1);
    }

    @Test
    void aDeliveredKeyHasAHolder() {
        LicenseKey inStock = LicenseKey.inStock(key(1), WEEKLY, T0);
        LicenseKey sold = inStock.deliver(new ClaimOrder(new OrderId("robux:1:2:3"), LicenseType.weekly(), BUYER, null,
                null), T0);

        assertThat(new KeyDelivered(sold, DeliveryChannel.DIRECT_MESSAGE).key()).isEqualTo(sold);
        assertThatThrownBy(() -> new KeyDelivered(inStock, DeliveryChannel.DIRECT_MESSAGE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
