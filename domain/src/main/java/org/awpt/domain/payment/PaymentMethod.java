package org.awpt.domain.payment;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.GamePasses;
import org.awpt.domain.pricing.Money;
import org.awpt.domain.pricing.PriceList;

/**
 * A way to pay, with what buyers are shown for it.
 *
 * @param code        lower-case id, also its lockdown feature ({@code robux}, {@code gcash}...)
 * @param displayName shown to buyers
 * @param kind        how it is verified
 * @param description a line about it
 * @param details     where to pay, for manual methods (a tag, a number, a link); may be empty
 * @param icon        an emoji or custom emoji mention; may be empty
 * @param links       per license type, the page to pay on (gamepass or storefront); may be empty
 * @param currency    for a manual method, the currency of {@code shop.prices} its buyers pay in (such as
 *                    {@code PHP}), so its sales are recorded with that price; empty when not set (and for
 *                    Robux, always {@code ROBUX}, and storefronts, which send their amount)
 */
public record PaymentMethod(String code, String displayName, PaymentMethodKind kind, String description,
        String details, String icon, Map<LicenseTypeCode, String> links, String currency) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,32}");

    /** Checks the code and name, copies the links. */
    public PaymentMethod {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a payment method code is 1-32 of [a-z0-9_]: " + code);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a payment method has a name");
        }
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        details = details == null ? "" : details;
        icon = icon == null ? "" : icon;
        links = links == null ? Map.of() : Map.copyOf(links);
        currency = currency == null ? "" : currency;
        if (!currency.isEmpty() && !currency.matches("[A-Z]{3,5}")) {
            throw new IllegalArgumentException("a currency is 3-5 upper-case letters: " + currency);
        }
    }

    /** A method with no currency of its own. */
    public PaymentMethod(String code, String displayName, PaymentMethodKind kind, String description,
            String details, String icon, Map<LicenseTypeCode, String> links) {
        this(code, displayName, kind, description, details, icon, links, "");
    }

    /**
     * What a sale of one key of a type through this method is recorded at, from the prices in force at the
     * sale: Robux the type's {@code ROBUX} price, a manual method its price in the method's currency.
     * Empty for a storefront (the storefront sends what was paid), and when no such price is configured.
     */
    public Optional<Money> saleAmount(LicenseTypeCode type, PriceList prices) {
        return switch (kind) {
            case ROBUX -> prices.priceOf(type, Money.ROBUX);
            case MANUAL -> currency.isEmpty() ? Optional.empty() : prices.priceOf(type, currency);
            case STOREFRONT -> Optional.empty();
        };
    }

    /**
     * Whether buyers can pay for a license type with this method as configured: a manual method needs
     * its details (where to pay), a storefront its page for the type, Robux the type's gamepass (the
     * purchase is verified by its id). A method buyers cannot pay with is not offered.
     */
    public boolean payableFor(LicenseTypeCode type, GamePasses gamePasses) {
        return switch (kind) {
            case MANUAL -> !details.isBlank();
            case STOREFRONT -> links.containsKey(type);
            case ROBUX -> gamePasses.forType(type).isPresent();
        };
    }

    /** The page to pay on for a license type, if this method has one. */
    public Optional<String> linkFor(LicenseTypeCode type) {
        return Optional.ofNullable(links.get(type));
    }
}
