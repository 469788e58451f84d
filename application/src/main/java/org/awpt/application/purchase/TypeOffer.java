package org.awpt.application.purchase;

import java.util.List;
import java.util.Objects;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.stock.StockStatus;

/**
 * One license type as a buyer sees it in the catalog.
 *
 * @param type        the type (code, display name, validity)
 * @param prices      its prices, in display order
 * @param stock       its stock now
 * @param purchasable whether stock allows a new purchase of it to start
 */
public record TypeOffer(LicenseType type, List<Money> prices, StockStatus stock, boolean purchasable) {
    /** Checks the parts and copies the prices. */
    public TypeOffer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stock, "stock");
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    /** The name buyers see. */
    public String displayName() {
        return type.displayName();
    }
}
