package org.awpt.application.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep one buyer, or a mistake, from costing the shop its money, its stock or its
 * standing with Roblox.
 *
 * @param robloxCallsPerBuyer Roblox look-ups one Discord user's verifications may make, whatever their outcome
 * @param robloxCallsPerShop  Roblox look-ups the whole bot may make
 */
public record ShopLimits(RateLimit robloxCallsPerBuyer, RateLimit robloxCallsPerShop) {
    /** The most Roblox look-ups one purchase step makes (a user, then the gamepass ownership). */
    public static final int ROBLOX_CALLS_PER_STEP = 2;

    /** Checks every part is present and that one step fits each Roblox limit. */
    public ShopLimits {
        Objects.requireNonNull(robloxCallsPerBuyer, "robloxCallsPerBuyer");
        Objects.requireNonNull(robloxCallsPerShop, "robloxCallsPerShop");
        if (robloxCallsPerBuyer.calls() < ROBLOX_CALLS_PER_STEP || robloxCallsPerShop.calls() < ROBLOX_CALLS_PER_STEP) {
            throw new IllegalArgumentException("a Roblox limit allows at least " + ROBLOX_CALLS_PER_STEP
                    + " calls (one verification makes that many)");
        }
    }

    /**
     * Ten Roblox look-ups per buyer in 10 minutes (five verifications), 60 per minute for the whole bot.
     */
    public static ShopLimits defaults() {
        return new ShopLimits(new RateLimit(10, Duration.ofMinutes(10)), new RateLimit(60, Duration.ofMinutes(1)));
    }
}
