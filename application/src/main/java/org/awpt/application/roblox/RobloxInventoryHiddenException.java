package org.awpt.application.roblox;

import java.util.Map;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;

/**
 * Roblox refused to say what the user owns because the user hides their inventory. Neither "not
 * owned" nor an outage: the buyer can make the inventory visible and try again.
 */
public final class RobloxInventoryHiddenException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the account. */
    public RobloxInventoryHiddenException(RobloxUserId account) {
        super("roblox_inventory_hidden", "roblox account " + account + " hides its inventory",
                Map.of("roblox", account.asString()));
    }
}
