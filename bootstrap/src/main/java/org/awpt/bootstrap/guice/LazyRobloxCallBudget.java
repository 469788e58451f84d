package org.awpt.bootstrap.guice;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.domain.DiscordUserId;

/**
 * The Roblox look-up budget, made at its first use. Like {@link LazyRobloxGateway}: a command line run
 * such as {@code keys stats} never spends it and should not load its rate limiter library.
 */
final class LazyRobloxCallBudget implements RobloxCallBudget {
    private final Supplier<? extends RobloxCallBudget> budget;

    LazyRobloxCallBudget(Supplier<? extends RobloxCallBudget> budget) {
        this.budget = budget;
    }

    @Override
    public Optional<Duration> takeForUser(DiscordUserId user, int calls) {
        return budget.get().takeForUser(user, calls);
    }

    @Override
    public Optional<Duration> takeForShop(int calls) {
        return budget.get().takeForShop(calls);
    }
}
