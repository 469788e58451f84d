package org.awpt.application.robux;

import java.util.Map;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.pricing.GamePass;

/** The buyer says they removed the gamepass, but Roblox still shows it owned: nothing changes. */
public final class GamePassStillOwnedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the account and the gamepass. */
    public GamePassStillOwnedException(RobloxUserId account, GamePass pass) {
        super("gamepass_still_owned", "roblox account " + account + " still owns gamepass " + pass.id(),
                Map.of("roblox", account.asString(), "gamePassId", pass.id(), "type", pass.type().value(),
                        "url", pass.url()));
    }
}
