package org.awpt.application.storefront;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A buyer wants to pay for a type on the external storefront.
 *
 * @param requester the buyer
 * @param type      the license type
 */
public record OpenStorefront(Requester requester, LicenseTypeCode type) {
    /** Checks every part is present. */
    public OpenStorefront {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
    }
}
