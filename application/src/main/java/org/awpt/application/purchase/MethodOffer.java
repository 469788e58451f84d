package org.awpt.application.purchase;

import java.util.Objects;
import java.util.Set;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.payment.PaymentMethod;

/**
 * One payment method as a buyer sees it in the catalog.
 *
 * @param method the method
 * @param locked its lockdown while an admin locked it; {@code null} while open
 * @param types  the license types it is configured for, in display order (never empty in a catalog)
 */
public record MethodOffer(PaymentMethod method, Lockdown locked, Set<LicenseTypeCode> types) {
    /** Checks the method is present, copies the types keeping their order. */
    public MethodOffer {
        Objects.requireNonNull(method, "method");
        types = types == null ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(types));
    }

    /** Whether buyers can pay for the type with this method. */
    public boolean offers(LicenseTypeCode type) {
        return types.contains(type);
    }

    /** Whether the method is locked down now. */
    public boolean isLocked() {
        return locked != null;
    }
}
