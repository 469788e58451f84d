package org.awpt.application.robux;

import java.util.Objects;
import org.awpt.domain.RobloxUserId;

/**
 * Where a buyer's gamepass stands after "I removed it" or an admin reset.
 *
 * @param account    the Roblox account
 * @param gamePassId the gamepass
 * @param open       the payout cycle the next verification pays (from 1)
 * @param closedNow  whether this request closed the previous cycle (or another request just had)
 */
public record PayoutCycle(RobloxUserId account, long gamePassId, int open, boolean closedNow) {
    /** Checks the account is present and the cycle positive. */
    public PayoutCycle {
        Objects.requireNonNull(account, "account");
        if (open < 1) {
            throw new IllegalArgumentException("a payout cycle is 1 or more");
        }
    }
}
