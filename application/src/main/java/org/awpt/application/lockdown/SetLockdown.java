package org.awpt.application.lockdown;

import java.util.Objects;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Requester;

/**
 * An admin's order to lock or unlock a feature.
 *
 * @param requester who asks
 * @param feature   what to switch
 * @param locked    whether it is to be locked
 * @param reason    why (shown to buyers while locked); may be empty
 */
public record SetLockdown(Requester requester, Feature feature, boolean locked, String reason) {
    /** Checks the requester and feature are present. */
    public SetLockdown {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(feature, "feature");
    }
}
