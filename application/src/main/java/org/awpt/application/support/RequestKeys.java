package org.awpt.application.support;

import java.util.Objects;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A support member's request for keys.
 *
 * @param requester who asks
 * @param type      the license type
 * @param quantity  how many keys, 1 to 100
 * @param reason    why; may be empty
 */
public record RequestKeys(Requester requester, LicenseTypeCode type, int quantity, String reason) {
    /** Checks the requester and type are present. */
    public RequestKeys {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
    }
}
