package org.awpt.domain.storefront;

import java.util.Objects;

/**
 * A storefront order the shop could not serve, or a webhook it could not read, told to admins.
 *
 * @param provider the storefront
 * @param invoice  the invoice, or {@code null} when the webhook could not be read that far
 * @param item     the product or variant, or {@code null} when unknown
 * @param reason   the refusal's stable code ({@code out_of_stock}, {@code locked_down}, {@code storefront_unknown_product}...)
 * @param detail   a short line for admins; never a key or a secret
 */
public record StorefrontRefusal(String provider, String invoice, String item, String reason, String detail) {
    /** Checks the provider and reason are present. */
    public StorefrontRefusal {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
