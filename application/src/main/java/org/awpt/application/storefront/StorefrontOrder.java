package org.awpt.application.storefront;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.awpt.domain.pricing.Money;
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

    /**
     * The amount paid, when the storefront sent a decimal amount and a currency code (upper-cased, as
     * {@code usd} and {@code USD} are the same currency); empty otherwise, never a guess.
     */
    public Optional<Money> paid() {
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (amount.isBlank() || !code.matches("[A-Z]{3,5}")) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(amount.strip());
            return value.signum() < 0 ? Optional.empty() : Optional.of(new Money(value, code));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
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
