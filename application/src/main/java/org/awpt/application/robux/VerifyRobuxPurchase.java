package org.awpt.application.robux;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A buyer says they bought the gamepass of a type with a Roblox account.
 *
 * @param requester          the buyer
 * @param type               the license type paid for
 * @param robloxIdOrUsername the Roblox account, by numeric id or username, as typed
 * @param ticketChannel      the purchase ticket's channel, for the delivery fallback; may be {@code null}
 */
public record VerifyRobuxPurchase(Requester requester, LicenseTypeCode type, String robloxIdOrUsername,
        String ticketChannel) {
    /** Checks the requester and type are present. */
    public VerifyRobuxPurchase {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
    }
}
