package org.awpt.application.port;

import java.time.Duration;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;

/**
 * How many Roblox look-ups may be made now: each Discord user has a budget, and so has the whole bot.
 * Taken before the look-ups, whatever they then answer; what is taken is not given back.
 */
public interface RobloxCallBudget {

    /**
     * Takes {@code calls} from the user's budget.
     *
     * @return empty when taken; otherwise nothing was taken, and how long until the budget allows them
     */
    Optional<Duration> takeForUser(DiscordUserId user, int calls);

    /**
     * Takes {@code calls} from the whole bot's budget.
     *
     * @return empty when taken; otherwise nothing was taken, and how long until the budget allows them
     */
    Optional<Duration> takeForShop(int calls);
}
