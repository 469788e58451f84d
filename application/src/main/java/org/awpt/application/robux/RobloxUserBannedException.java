package org.awpt.application.robux;

import java.util.Map;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.ShopException;

/** Roblox banned the account the buyer named; the shop does not sell to it. */
public final class RobloxUserBannedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the banned account. */
    public RobloxUserBannedException(RobloxUser account) {
        super("roblox_banned", "roblox account " + account.id() + " is banned",
                Map.of("roblox", account.id().asString(), "name", account.name()));
    }
}
