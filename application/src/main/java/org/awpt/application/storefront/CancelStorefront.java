package org.awpt.application.storefront;

import java.util.Objects;
import org.awpt.domain.access.Requester;

/**
 * The buyer (or an admin) cancels a storefront hand-off.
 *
 * @param requester the buyer or an admin
 * @param visitId   the visit
 */
public record CancelStorefront(Requester requester, String visitId) {
    /** Checks every part is present. */
    public CancelStorefront {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(visitId, "visitId");
    }
}
