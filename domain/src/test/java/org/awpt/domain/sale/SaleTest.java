package org.awpt.domain.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.payment.PaymentMethodKind;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.pricing.PriceList;
import org.junit.jupiter.api.Test;

class SaleTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final KeyCode KEY = new KeyCode("ABCD" + "0".repeat(24) + "WXYZ");

    @Test
    void theLedgerKeepsOnlyMaskedKeysAndTheAmountOfTheSale() {
        Sale sale = Sale.of(new SaleCompleted(new DiscordUserId(42), LicenseTypeCode.WEEKLY, "gcash", List.of(KEY),
                "manual:s1", T0, Money.of("420", "PHP")));

        assertThat(sale.maskedKeys()).containsExactly(KEY.masked());
        assertThat(sale.paid()).contains(Money.of("420", "PHP"));
        assertThat(sale.quantity()).isEqualTo(1);
        assertThat(Sale.of(new SaleCompleted(null, LicenseTypeCode.WEEKLY, "paypal", List.of(KEY), "s", T0)).paid())
                .isEmpty();
    }

    @Test
    void aSaleNamesItsReferenceMethodAndKeys() {
        assertThatThrownBy(() -> new Sale(" ", T0, LicenseTypeCode.WEEKLY, "robux", null, List.of("K"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sale("r", T0, LicenseTypeCode.WEEKLY, "", null, List.of("K"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sale("r", T0, LicenseTypeCode.WEEKLY, "robux", null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sale("r", T0, LicenseTypeCode.WEEKLY, "robux", null, List.of("A B"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSaleIsRecordedAtTheConfiguredPriceOfItsMethodsCurrency() {
        PriceList prices = PriceList.defaults();
        PaymentMethod robux = new PaymentMethod("roblox", "Robux", PaymentMethodKind.ROBUX, "", "", "", Map.of());
        PaymentMethod gcash = new PaymentMethod("gcash", "GCash", PaymentMethodKind.MANUAL, "", "0935", "", Map.of(),
                "PHP");
        PaymentMethod noCurrency = new PaymentMethod("g2a", "G2A", PaymentMethodKind.MANUAL, "", "x", "", Map.of());
        PaymentMethod euro = new PaymentMethod("sepa", "SEPA", PaymentMethodKind.MANUAL, "", "x", "", Map.of(), "EUR");
        PaymentMethod store = new PaymentMethod("paypal", "PayPal", PaymentMethodKind.STOREFRONT, "", "", "",
                Map.of(), "USD");

        assertThat(robux.saleAmount(LicenseTypeCode.WEEKLY, prices)).contains(Money.of("2400", Money.ROBUX));
        assertThat(gcash.saleAmount(LicenseTypeCode.MONTHLY, prices)).contains(Money.of("1300", "PHP"));
        assertThat(noCurrency.saleAmount(LicenseTypeCode.WEEKLY, prices)).isEmpty();
        assertThat(euro.saleAmount(LicenseTypeCode.WEEKLY, prices)).as("no EUR price configured").isEmpty();
        assertThat(store.saleAmount(LicenseTypeCode.WEEKLY, prices)).as("the storefront sends it").isEmpty();
        assertThatThrownBy(() -> new PaymentMethod("x", "X", PaymentMethodKind.MANUAL, "", "x", "", Map.of(), "php"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
