package org.awpt.domain.payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awpt.domain.InvalidInputException;

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

    /**
     * No method: what a shop takes until its configuration names its own (a shop never offers
     * someone else's payment handles by default).
     */
    public static PaymentMethods none() {
        return new PaymentMethods(List.of());
    }

    /** Whether the shop names no method at all. */
    public boolean isEmpty() {
        return byCode.isEmpty();
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
