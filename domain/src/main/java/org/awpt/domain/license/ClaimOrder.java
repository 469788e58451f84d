package org.awpt.domain.license;

import java.util.Objects;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;

/**
 * A request to hand one key of a type to a buyer for an order.
 *
 * @param orderId       what the key is for; at most one key per order
 * @param type          the license type (its validity sets the key's expiry)
 * @param buyer         the Discord user who receives the key; {@code null} only for a storefront sale whose
 *                      buyer gave no Discord reference (the storefront shows and mails the key)
 * @param robloxUser    the buyer's Roblox account, for Robux purchases; may be {@code null}
 * @param ticketChannel the purchase ticket's channel, for the delivery fallback; may be {@code null}
 */
public record ClaimOrder(OrderId orderId, LicenseType type, DiscordUserId buyer, RobloxUserId robloxUser,
        String ticketChannel) {
    /** Checks the order and type are present. */
    public ClaimOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
    }
}
