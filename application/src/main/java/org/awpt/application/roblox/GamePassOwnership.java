package org.awpt.application.roblox;

/**
 * One ownership of a gamepass by a user. The instance id identifies this purchase: a buyer who
 * deletes the gamepass and buys it again owns it under a new instance id.
 *
 * @param gamePassId the gamepass
 * @param instanceId this ownership
 */
public record GamePassOwnership(long gamePassId, long instanceId) {
    /** Checks both ids are positive. */
    public GamePassOwnership {
        if (gamePassId <= 0 || instanceId <= 0) {
            throw new IllegalArgumentException("gamepass and instance ids are positive");
        }
    }
}
