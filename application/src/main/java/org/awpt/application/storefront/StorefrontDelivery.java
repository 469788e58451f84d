package org.awpt.application.storefront;

import java.util.List;
import java.util.Objects;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;

/**
 * The keys handed out for a storefront order item, one per unit, in unit order; the storefront
 * shows them to the buyer.
 *
 * @param order the order item
 * @param type  the license type sold
 * @param keys  the keys, as many as the quantity
 */
public record StorefrontDelivery(StorefrontOrder order, LicenseType type, List<LicenseKey> keys) {
    /** Checks every part is present and copies the keys. */
    public StorefrontDelivery {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(type, "type");
        keys = List.copyOf(keys);
    }
}
