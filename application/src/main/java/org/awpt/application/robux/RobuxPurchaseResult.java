package org.awpt.application.robux;

import java.util.Objects;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.license.DeliveryChannel;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseType;

/**
 * A verified Robux purchase and its key.
 *
 * @param key     the key paid out
 * @param type    its license type
 * @param account the Roblox account that owns the gamepass
 * @param toldVia how the buyer was told, or {@code null} while the delivery is pending (it is retried)
 */
public record RobuxPurchaseResult(LicenseKey key, LicenseType type, RobloxUser account, DeliveryChannel toldVia) {
    /** Checks the key, type and account are present. */
    public RobuxPurchaseResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(account, "account");
    }

    /** Whether the buyer still has to be told the key. */
    public boolean deliveryPending() {
        return toldVia == null;
    }
}
