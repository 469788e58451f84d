package org.awpt.application.storefront;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A storefront the shop sells through, as configured.
 *
 * @param name     its name in webhook paths and order ids ({@code sellix}, {@code sellauth}, {@code sellapp})
 * @param method   the code of the storefront payment method it takes the money for: its lockdown switch
 *                 and the method its sales count under
 * @param products the storefront's product (or variant) ids and the license type each sells
 */
public record StorefrontProvider(String name, String method, Map<String, LicenseTypeCode> products) {
    /** Checks every part is present and copies the mapping. */
    public StorefrontProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        products = Map.copyOf(products);
    }

    /** The license type a product of this storefront sells. */
    public Optional<LicenseTypeCode> typeOf(String product) {
        return Optional.ofNullable(products.get(product));
    }
}
