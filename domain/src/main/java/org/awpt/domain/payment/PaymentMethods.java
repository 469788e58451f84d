package org.awpt.domain.payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awpt.domain.InvalidInputException;
import org.awpt.domain.license.LicenseTypeCode;

/** The payment methods a shop offers, in display order. */
public final class PaymentMethods {
    private final Map<String, PaymentMethod> byCode = new LinkedHashMap<>();

    /** Creates the list; codes are distinct. */
    public PaymentMethods(List<PaymentMethod> methods) {
        for (PaymentMethod method : methods) {
            if (byCode.put(method.code(), method) != null) {
                throw new IllegalArgumentException("payment method listed twice: " + method.code());
            }
        }
    }

    /** The specification's methods: Robux, PayPal, international, CashApp, Apple Pay, GCash. */
    public static PaymentMethods defaults() {
        LicenseTypeCode weekly = LicenseTypeCode.WEEKLY;
        LicenseTypeCode monthly = LicenseTypeCode.MONTHLY;
        return new PaymentMethods(List.of(
                new PaymentMethod("robux", "Robux", PaymentMethodKind.ROBUX, "Pay with Roblox gamepass", "", "",
                        Map.of(weekly, "https://www.roblox.com/game-pass/1022970504/Donation-Awp-Party",
                                monthly, "https://www.roblox.com/game-pass/1030833419/BIG-DONATION-AWP-MONTH")),
                new PaymentMethod("paypal", "PayPal", PaymentMethodKind.STOREFRONT, "Pay through our SellPass website",
                        "", "", Map.of(weekly, "https://buyawp.sellpass.io/products/weekly",
                                monthly, "https://buyawp.sellpass.io/products/monthly")),
                new PaymentMethod("international", "International Payment", PaymentMethodKind.MANUAL,
                        "G2A, PIX, iDEAL, etc.",
                        "https://www.g2a.com/binance-gift-card-75-usdt-key-i10000337768028", "\uD83C\uDF0D", Map.of()),
                new PaymentMethod("cashapp", "CashApp", PaymentMethodKind.MANUAL, "", "$den7i", "", Map.of()),
                new PaymentMethod("applepay", "Apple Pay", PaymentMethodKind.MANUAL, "", "6892412574", "", Map.of()),
                new PaymentMethod("gcash", "GCash", PaymentMethodKind.MANUAL, "", "09356040108", "", Map.of())));
    }

    /** Every method, in display order. */
    public List<PaymentMethod> all() {
        return new ArrayList<>(byCode.values());
    }

    /** The methods of one kind, in display order. */
    public List<PaymentMethod> ofKind(PaymentMethodKind kind) {
        return byCode.values().stream().filter(m -> m.kind() == kind).toList();
    }

    /** The method with this code. */
    public Optional<PaymentMethod> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The method with this code, or {@link InvalidInputException}. */
    public PaymentMethod require(String code) {
        return find(code).orElseThrow(() -> new InvalidInputException("payment method", "one of " + byCode.keySet()));
    }
}
