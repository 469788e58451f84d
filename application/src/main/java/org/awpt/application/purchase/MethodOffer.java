package org.awpt.application.purchase;

import java.util.Objects;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.payment.PaymentMethod;

/**
 * One payment method as a buyer sees it in the catalog.
 *
 * @param method the method
 * @param locked its lockdown while an admin locked it; {@code null} while open
 */
public record MethodOffer(PaymentMethod method, Lockdown locked) {
    /** Checks the method is present. */
    public MethodOffer {
        Objects.requireNonNull(method, "method");
    }

    /** Whether the method is locked down now. */
    public boolean isLocked() {
        return locked != null;
    }
}
