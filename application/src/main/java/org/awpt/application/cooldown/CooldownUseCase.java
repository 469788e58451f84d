package org.awpt.application.cooldown;

import java.util.List;
import java.util.Optional;
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
     * An admin reads where a user stands at every rate-limited action.
     *
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     */
    List<CooldownState> status(Requester admin, DiscordUserId user);

    /**
     * An admin clears a user's cooldown at one action, or at every action that counted failures;
     * each action cleared is audited.
     *
     * @return the actions cleared
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     */
    List<CooldownAction> reset(Requester admin, DiscordUserId user, Optional<CooldownAction> action);
}
