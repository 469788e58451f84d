package org.awpt.domain.event;

import java.util.Objects;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;

/**
 * A sold key reached its holder (by direct message, the ticket, or "My licenses").
 *
 * @param key the key as told, holder included
 * @param via how the holder was told
 */
public record KeyDelivered(LicenseKey key, DeliveryChannel via) implements ShopEvent {
    /** Checks the key has a holder. */
    public KeyDelivered {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(via, "via");
        if (key.holder() == null) {
            throw new IllegalArgumentException("a delivered key has a holder");
        }
    }
}
