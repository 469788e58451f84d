package org.awpt.application.purchase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.license.LicenseType;
import org.awpt.domain.payment.PaymentMethod;
import org.awpt.domain.pricing.Money;

/**
 * What a buyer is shown once a purchase may start.
 *
 * @param type          the license type
 * @param method        the payment method
 * @param link          where to pay (the gamepass or storefront page); {@code null} for manual methods
 * @param manualDetails where to send a manual payment (a tag, a number); {@code null} for other methods
 * @param prices        the type's prices, in display order
 */
public record PurchaseStart(LicenseType type, PaymentMethod method, String link, String manualDetails,
        List<Money> prices) {
    /** Checks the type and method are present and copies the prices. */
    public PurchaseStart {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    /** The page to pay on, if the method has one. */
    public Optional<String> linkIfAny() {
        return Optional.ofNullable(link);
    }
}
