package org.awpt.domain.buyer;

import java.util.Map;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.ShopException;

/** The Roblox account is on the shop's blocklist (such as the owner group's account). */
public final class BlockedBuyerException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** Names the blocked account. */
    public BlockedBuyerException(RobloxUserId account) {
        super("blocked_buyer", "roblox account " + account + " is blocked", Map.of("roblox", account.asString()));
    }
}
