package org.awpt.domain.stock;

import java.util.Objects;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A license type moved from one stock level to another.
 *
 * @param type      the license type
 * @param from      the level before
 * @param to        the level now
 * @param available keys in stock now
 */
public record StockChange(LicenseTypeCode type, StockLevel from, StockLevel to, long available) {
    /** Checks the levels differ. */
    public StockChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("a change changes the level");
        }
    }

    /** Whether stock got better. */
    public boolean isRecovery() {
        return to.ordinal() < from.ordinal();
    }

    /** Whether new purchases of the type were allowed before and not now, or the other way round. */
    public boolean changesPurchasability() {
        return from.allowsNewPurchases() != to.allowsNewPurchases();
    }
}
