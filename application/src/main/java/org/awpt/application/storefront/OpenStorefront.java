package org.awpt.application.storefront;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A buyer wants to pay for a type on an external storefront.
 *
 * @param requester the buyer
 * @param type      the license type
 * @param method    the code of the storefront payment method the buyer picked
 */
public record OpenStorefront(Requester requester, LicenseTypeCode type, String method) {
    /** Checks every part is present. */
    public OpenStorefront {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
    }
}
