package org.awpt.application.roblox;

import java.util.OptionalLong;

/**
 * One ownership of a gamepass by a user. Roblox may name the purchase with an instance id (a buyer
 * who deletes the gamepass and buys it again then owns it under a new one), or give none: then the
 * ownership says only "owned", and the shop tells purchases apart by payout cycles.
 *
 * @param gamePassId the gamepass
 * @param instanceId this ownership's instance id, or {@code null} when Roblox gave none
 */
public record GamePassOwnership(long gamePassId, Long instanceId) {
    /** Checks the gamepass id is positive, and the instance id too when there is one. */
    public GamePassOwnership {
        if (gamePassId <= 0 || (instanceId != null && instanceId <= 0)) {
            throw new IllegalArgumentException("gamepass and instance ids are positive");
        }
    }

    /** An ownership Roblox named with an instance id. */
    public GamePassOwnership(long gamePassId, long instanceId) {
        this(gamePassId, Long.valueOf(instanceId));
    }

    /** An ownership Roblox gave no instance id for. */
    public static GamePassOwnership withoutInstance(long gamePassId) {
        return new GamePassOwnership(gamePassId, null);
    }

    /** The instance id, when Roblox gave one. */
    public OptionalLong instance() {
        return instanceId == null ? OptionalLong.empty() : OptionalLong.of(instanceId);
    }
}
