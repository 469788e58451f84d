package org.awpt.application.robux;

import java.util.Objects;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.Requester;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * A buyer says they deleted the type's gamepass from their Roblox inventory ("I removed it"), so that
 * their next purchase of it can be paid out.
 *
 * @param requester the buyer
 * @param type      the license type whose gamepass was removed
 * @param account   the Roblox account
 */
public record ConfirmGamePassRemoval(Requester requester, LicenseTypeCode type, RobloxUserId account) {
    /** Checks every part is present. */
    public ConfirmGamePassRemoval {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(account, "account");
    }
}
