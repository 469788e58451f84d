package org.awpt.application.storefront;

import java.util.Objects;
import org.awpt.domain.DiscordUserId;

/**
 * One paid item of a storefront invoice, as the storefront's signed webhook tells it.
 *
 * @param provider the storefront ({@code sellix}, {@code sellauth}, {@code sellapp})
 * @param invoice  the storefront's order or invoice id
 * @param item     the item within the invoice (the storefront's item id, else its product id): with the
 *                 provider and invoice it names the order, so it must be the same on every retry
 * @param product  the storefront's product (or variant) id, mapped to a license type in the configuration
 * @param quantity how many keys were bought
 * @param amount   the amount paid, as sent (a decimal text); may be empty
 * @param currency the currency, as sent; may be empty
 * @param email    the buyer's email, as sent; may be empty
 * @param buyer    the buyer's Discord account when the storefront link carried it; {@code null} otherwise
 */
public record StorefrontOrder(String provider, String invoice, String item, String product, int quantity, String amount,
        String currency, String email, DiscordUserId buyer) {
    /** Checks the order names its provider, invoice and item; blanks the optional texts that are absent. */
    public StorefrontOrder {
        requireText(provider, "provider");
        requireText(invoice, "invoice");
        requireText(item, "item");
        requireText(product, "product");
        amount = amount == null ? "" : amount;
        currency = currency == null ? "" : currency;
        email = email == null ? "" : email;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("a storefront order has a " + name);
        }
    }

    /** Provider, invoice and item, for logs and admin notices. */
    public String describe() {
        return provider + " invoice " + invoice + " item " + item;
    }
}
