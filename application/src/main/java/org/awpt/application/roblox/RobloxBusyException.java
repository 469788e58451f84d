package org.awpt.application.roblox;

import java.time.Instant;
import java.util.Map;
import org.awpt.domain.ShopException;

/** The bot made as many Roblox look-ups as it may for now: nothing was checked; try again later. */
public final class RobloxBusyException extends ShopException {
    private static final long serialVersionUID = 1L;

    /** When the bot may look up again. */
    private final Instant retryAt;

    /** Names when the look-up may be tried again. */
    public RobloxBusyException(Instant retryAt) {
        super("roblox_busy", "the shop's Roblox look-ups are used up until " + retryAt, Map.of("retryAt", retryAt));
        this.retryAt = retryAt;
    }

    /** When to try again. */
    public Instant retryAt() {
        return retryAt;
    }
}
