package org.awpt.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;

/**
 * A sale completed: the buyer paid and keys were claimed for them (told at once, or left in the
 * delivery outbox). Published once per sale, where the sale is audited.
 *
 * @param buyer     the Discord buyer; {@code null} for a storefront customer known only to the storefront
 * @param type      the license type sold
 * @param method    the payment method's code ({@code robux}, a manual method, a storefront's method)
 * @param keys      the keys sold, one per unit; {@link KeyCode#toString()} is masked
 * @param reference the sale's order (an order id, or a storefront's invoice item)
 * @param at        when the sale completed
 * @param amount    what the buyer paid for the whole sale, as known when it completed; {@code null} when
 *                  unknown (a storefront that sent no amount, a method with no price in its currency)
 */
public record SaleCompleted(DiscordUserId buyer, LicenseTypeCode type, String method, List<KeyCode> keys,
        String reference, Instant at, Money amount) implements ShopEvent {
    /** Checks the parts; at least one key. */
    public SaleCompleted {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("a sale has a payment method");
        }
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a sale sells at least one key");
        }
    }

    /** A sale whose amount is unknown. */
    public SaleCompleted(DiscordUserId buyer, LicenseTypeCode type, String method, List<KeyCode> keys,
            String reference, Instant at) {
        this(buyer, type, method, keys, reference, at, null);
    }

    /** What the buyer paid, when known. */
    public Optional<Money> paid() {
        return Optional.ofNullable(amount);
    }

    /** The Discord buyer, when the sale has one. */
    public Optional<DiscordUserId> discordBuyer() {
        return Optional.ofNullable(buyer);
    }
}
