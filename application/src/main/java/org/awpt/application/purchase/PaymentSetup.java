package org.awpt.application.purchase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;

/**
 * What the shop's configuration lets buyers pay with, and what it still lacks. A method is offered
 * for a license type only when its details are configured ({@link PaymentMethod#payableFor}); the
 * settings missing are named as in the configuration file ({@code shop.paymentMethods[i]} is the
 * method listed i-th, from 0), so an admin knows exactly what to set.
 */
public final class PaymentSetup {
    /** Where the configuration file is described for an admin who has to fill it. */
    public static final String EXAMPLE = "config.example.json shows the original shop's methods, one of each kind";

    private final ShopSettings settings;

    /** The setup of these settings. */
    public PaymentSetup(ShopSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Whether buyers can pay for the type with the method. */
    public boolean offers(PaymentMethod method, LicenseTypeCode type) {
        return method.payableFor(type, settings.gamePasses());
    }

    /** The types the method is offered for, in display order. */
    public Set<LicenseTypeCode> typesOf(PaymentMethod method) {
        return settings.types().codes().stream().filter(type -> offers(method, type))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The types no method is offered for: buyers cannot pay for them at all. */
    public List<LicenseTypeCode> unpayableTypes() {
        return settings.types().codes().stream()
                .filter(type -> settings.methods().all().stream().noneMatch(method -> offers(method, type)))
                .toList();
    }

    /** Whether buyers can pay for nothing. */
    public boolean takesNoPayment() {
        return unpayableTypes().size() == settings.types().codes().size();
    }

    /** The settings to fill, in configuration order; empty when every method is offered for every type. */
    public List<MissingSetting> missing() {
        if (settings.methods().isEmpty()) {
            return List.of(new MissingSetting("shop.paymentMethods", "the ways buyers pay, each { \"code\", \"name\","
                    + " \"kind\": \"robux\", \"storefront\" or \"manual\" } with \"details\" (where to pay) for a manual"
                    + " method, \"links\" per license type for a storefront, and shop.gamepasses per license type for"
                    + " Robux; " + EXAMPLE));
        }
        Map<String, MissingSetting> missing = new LinkedHashMap<>();
        List<PaymentMethod> methods = settings.methods().all();
        for (int i = 0; i < methods.size(); i++) {
            PaymentMethod method = methods.get(i);
            String at = "shop.paymentMethods[" + i + "]";
            for (LicenseTypeCode type : settings.types().codes()) {
                if (!offers(method, type)) {
                    MissingSetting setting = missing(method, at, type);
                    missing.putIfAbsent(setting.key(), setting);
                }
            }
        }
        return new ArrayList<>(missing.values());
    }

    private static MissingSetting missing(PaymentMethod method, String at, LicenseTypeCode type) {
        String name = method.displayName() + " (" + method.code() + ")";
        return switch (method.kind()) {
            case MANUAL -> new MissingSetting(at + ".details", "where buyers pay with " + name
                    + ": a handle, an account number or a link");
            case STOREFRONT -> new MissingSetting(at + ".links." + type.value(), "the page where buyers pay for "
                    + type.value() + " with " + name + " (an https:// address)");
            case ROBUX -> new MissingSetting("shop.gamepasses." + type.value(), "the gamepass buyers purchase for "
                    + type.value() + " with " + name + ": { \"id\": its id, \"url\": its page }");
        };
    }
}
