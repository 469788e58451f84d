package org.awpt.domain.event;

import java.util.Set;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * Keys of these types were taken from stock or put back (claimed, reserved, released, imported,
 * revoked), or another process may have moved them: the stock is to be counted again.
 *
 * @param types the types whose stock may have moved; never empty
 */
public record StockChanged(Set<LicenseTypeCode> types) implements ShopEvent {
    /** Copies the types; at least one. */
    public StockChanged {
        types = Set.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("stock changes for at least one type");
        }
    }

    /** The stock of one type moved. */
    public static StockChanged of(LicenseTypeCode type) {
        return new StockChanged(Set.of(type));
    }
}
