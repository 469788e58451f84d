package org.awpt.application.robux;

import java.util.Objects;
import org.awpt.domain.access.Requester;

/**
 * An admin opens the next payout cycle of a buyer's gamepass by hand, after checking the buyer's
 * Roblox receipt (a buyer who rebought without letting the shop see the removal).
 *
 * @param requester          the admin
 * @param robloxIdOrUsername the buyer's Roblox account, by numeric id or username, as typed
 * @param gamePassId         one of the shop's gamepasses
 */
public record ResetPayoutCycle(Requester requester, String robloxIdOrUsername, long gamePassId) {
    /** Checks the requester is present. */
    public ResetPayoutCycle {
        Objects.requireNonNull(requester, "requester");
    }
}
