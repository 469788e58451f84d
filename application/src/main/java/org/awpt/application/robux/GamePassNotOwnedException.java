package org.awpt.application.robux;

import java.util.Map;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;
import org.awpt.domain.pricing.GamePass;

/** Roblox says the account does not own the type's gamepass (Roblox answered: this is no outage). */
public final class GamePassNotOwnedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the account and the gamepass with its page. */
    public GamePassNotOwnedException(RobloxUserId account, GamePass pass) {
        super("gamepass_not_owned", "roblox account " + account + " does not own gamepass " + pass.id(),
                Map.of("roblox", account.asString(), "gamePassId", pass.id(), "type", pass.type().value(),
                        "url", pass.url()));
    }
}
