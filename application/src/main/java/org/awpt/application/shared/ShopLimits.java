package org.awpt.application.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep one buyer, or a mistake, from costing the shop its money, its stock or its
 * standing with Roblox.
 *
 * @param robloxCallsPerBuyer      Roblox look-ups one Discord user's purchase steps may make, whatever their outcome
 * @param robloxCallsPerShop       Roblox look-ups the whole bot may make
 * @param openPaymentsPerType      manual payments one buyer may have open at once for one license type
 * @param proofBytesPerBuyerPerDay proof bytes one buyer may upload in 24 hours
 */
public record ShopLimits(RateLimit robloxCallsPerBuyer, RateLimit robloxCallsPerShop, int openPaymentsPerType,
        long proofBytesPerBuyerPerDay) {
    /** The most Roblox look-ups one purchase step makes (a user, then the gamepass ownership). */
    public static final int ROBLOX_CALLS_PER_STEP = 2;

    /** Checks every part is present, that one step fits each Roblox limit and that counts are positive. */
    public ShopLimits {
        Objects.requireNonNull(robloxCallsPerBuyer, "robloxCallsPerBuyer");
        Objects.requireNonNull(robloxCallsPerShop, "robloxCallsPerShop");
        if (robloxCallsPerBuyer.calls() < ROBLOX_CALLS_PER_STEP || robloxCallsPerShop.calls() < ROBLOX_CALLS_PER_STEP) {
            throw new IllegalArgumentException("a Roblox limit allows at least " + ROBLOX_CALLS_PER_STEP
                    + " calls (one verification makes that many)");
        }
        if (openPaymentsPerType < 1 || proofBytesPerBuyerPerDay < 1) {
            throw new IllegalArgumentException("open payments and proof bytes are limited to 1 or more");
        }
    }

    /**
     * Ten Roblox look-ups per buyer in 10 minutes (five verifications), 60 per minute for the whole bot;
     * one open manual payment per buyer and type; 32 MiB of proofs per buyer a day.
     */
    public static ShopLimits defaults() {
        return new ShopLimits(new RateLimit(10, Duration.ofMinutes(10)), new RateLimit(60, Duration.ofMinutes(1)), 1,
                32L * 1024 * 1024);
    }

    /** These limits with other Roblox budgets. */
    public ShopLimits withRoblox(RateLimit perBuyer, RateLimit perShop) {
        return new ShopLimits(perBuyer, perShop, openPaymentsPerType, proofBytesPerBuyerPerDay);
    }

    /** These limits with other manual payment limits. */
    public ShopLimits withManualPayments(int openPerType, long proofBytesPerDay) {
        return new ShopLimits(robloxCallsPerBuyer, robloxCallsPerShop, openPerType, proofBytesPerDay);
    }
}
