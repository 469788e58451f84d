package org.awpt.domain.sale;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.domain.license.KeyCode;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.Money;

/**
 * One completed sale as the ledger keeps it: never a full key, only masked ones.
 *
 * @param reference  the sale's order (an order id, or a storefront's invoice item); one sale per reference
 * @param at         when the sale completed
 * @param type       the license type sold
 * @param method     the payment method's code
 * @param amount     what was paid for the whole sale; {@code null} when it was not known at the sale
 * @param maskedKeys the keys sold, masked ({@link KeyCode#masked()}), one per unit
 * @param buyer      the Discord buyer; {@code null} for a storefront customer known only to the storefront
 */
public record Sale(String reference, Instant at, LicenseTypeCode type, String method, Money amount,
        List<String> maskedKeys, DiscordUserId buyer) {
    /** The longest reference. */
    public static final int MAX_REFERENCE = 200;

    /** Checks the parts; at least one key. */
    public Sale {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("a sale has a reference of 1 to " + MAX_REFERENCE + " characters");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("a sale has a payment method");
        }
        maskedKeys = List.copyOf(maskedKeys);
        if (maskedKeys.isEmpty()) {
            throw new IllegalArgumentException("a sale sells at least one key");
        }
        if (maskedKeys.stream().anyMatch(key -> key.isBlank() || key.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("a masked key is text without spaces");
        }
    }

    /** The ledger's record of a completed sale. */
    public static Sale of(SaleCompleted sale) {
        return new Sale(sale.reference(), sale.at(), sale.type(), sale.method(), sale.amount(),
                sale.keys().stream().map(KeyCode::masked).toList(), sale.buyer());
    }

    /** What was paid, when known. */
    public Optional<Money> paid() {
        return Optional.ofNullable(amount);
    }

    /** How many keys were sold. */
    public int quantity() {
        return maskedKeys.size();
    }
}
