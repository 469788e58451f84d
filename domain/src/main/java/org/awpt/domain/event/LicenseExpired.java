package org.awpt.domain.event;

import java.util.Objects;
import org.awpt.domain.license.KeyStatus;
import org.awpt.domain.license.LicenseKey;

/**
 * A sold key's license ended: its expiry passed (announced once per key, by the expiry round).
 *
 * @param key the key as it is now, holder and expiry included
 */
public record LicenseExpired(LicenseKey key) implements ShopEvent {
    /** Checks the key was sold to a holder and has an expiry. */
    public LicenseExpired {
        Objects.requireNonNull(key, "key");
        if (key.status() != KeyStatus.USED || key.holder() == null || key.expiresAt() == null) {
            throw new IllegalArgumentException("an expired license is a used key with a holder and an expiry");
        }
    }
}
