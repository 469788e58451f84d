package org.awpt.application.purchase;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A buyer chose a license type and a payment method.
 *
 * @param requester  the buyer
 * @param type       the license type
 * @param methodCode the payment method's code
 */
public record StartPurchase(Requester requester, LicenseTypeCode type, String methodCode) {
    /** Checks every part is present. */
    public StartPurchase {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(methodCode, "methodCode");
    }
}
