package org.awpt.application.cooldown;

import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.CooldownAction;
import org.awpt.domain.access.Requester;

/** Rate limiting per user and action: failures make a user wait longer, success clears the count. */
public interface CooldownUseCase {

    /**
     * Refuses while the user is cooling down for the action.
     *
     * @throws org.awpt.domain.access.CoolingDownException with the time the user may try again
     */
    void check(DiscordUserId user, CooldownAction action);

    /** Counts a failure of the user at the action, which may make them wait before the next try. */
    void recordFailure(DiscordUserId user, CooldownAction action);

    /** Clears the user's failures at the action. */
    void recordSuccess(DiscordUserId user, CooldownAction action);

    /**
     * An admin clears a user's cooldown.
     *
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     */
    void reset(Requester admin, DiscordUserId user, CooldownAction action);
}
