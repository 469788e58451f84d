package org.awpt.application.robux;

import java.util.Map;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.pricing.GamePass;

/**
 * This ownership of the gamepass was already paid out with a key. To buy again, the buyer deletes
 * the gamepass from their inventory and buys it again, which makes a new ownership.
 */
public final class AlreadyPaidOutException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the account and the gamepass. */
    public AlreadyPaidOutException(RobloxUserId account, GamePass pass) {
        super("already_paid_out", "gamepass " + pass.id() + " of roblox account " + account + " was already paid out",
                Map.of("roblox", account.asString(), "gamePassId", pass.id(), "type", pass.type().value(),
                        "url", pass.url()));
    }
}
