package org.awpt.application.port;

import java.util.Optional;
import org.awpt.application.roblox.GamePassInfo;
import org.awpt.application.roblox.GamePassOwnership;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.domain.RobloxUserId;

/**
 * What the shop asks Roblox. Every method throws {@link RobloxUnavailableException} when Roblox
 * could not be asked (rate limited, down, timing out, answering nonsense), never an empty answer:
 * an outage is never "not found" or "not owned".
 */
public interface RobloxGateway {

    /** The user with this id; empty when Roblox says there is none. */
    Optional<RobloxUser> findUser(RobloxUserId id);

    /** The user with this current or previous username; empty when Roblox knows none. */
    Optional<RobloxUser> findUserByName(String username);

    /**
     * The user's ownership of a gamepass; empty when the user does not own it. Never cached as owned.
     * The ownership carries Roblox's instance id when Roblox gives one; an ownership without one is an
     * answer like any other, not an outage.
     *
     * @throws org.awpt.domain.NotFoundException when the gamepass or the user does not exist
     * @throws org.awpt.application.roblox.RobloxInventoryHiddenException when the user hides their
     *         inventory, so Roblox will not say
     */
    Optional<GamePassOwnership> findOwnership(RobloxUserId user, long gamePassId);

    /** A gamepass's product information; empty when it does not exist. */
    Optional<GamePassInfo> findGamePass(long gamePassId);
}
