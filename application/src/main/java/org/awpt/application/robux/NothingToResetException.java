package org.awpt.application.robux;

import java.util.Map;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;

/**
 * An admin asked to open the next payout cycle, but the open one was never paid out: the next
 * verification of that gamepass pays already, so there is nothing to reset.
 */
public final class NothingToResetException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the account, the gamepass and the open cycle. */
    public NothingToResetException(RobloxUserId account, long gamePassId, int cycle) {
        super("robux_nothing_to_reset", "cycle " + cycle + " of gamepass " + gamePassId + " of roblox account "
                + account + " is not paid out", Map.of("roblox", account.asString(), "gamePassId", gamePassId,
                "cycle", cycle));
    }
}
