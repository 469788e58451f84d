package org.awpt.domain.payment;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.GamePasses;

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
 */
public record PaymentMethod(String code, String displayName, PaymentMethodKind kind, String description,
        String details, String icon, Map<LicenseTypeCode, String> links) {
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
