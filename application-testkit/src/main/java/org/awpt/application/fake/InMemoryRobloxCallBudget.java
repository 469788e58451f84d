package org.awpt.application.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.shared.RateLimit;
import org.awpt.domain.DiscordUserId;

/**
 * Roblox look-up budgets for tests: each budget refills to its limit at the start of every period,
 * periods counted from when the fake was made, on the test's clock (as Resilience4j's limiter does on its own).
 */
public final class InMemoryRobloxCallBudget implements RobloxCallBudget {
    private static final Object SHOP = new Object();

    private final RateLimit perUser;
    private final RateLimit perShop;
    private final Clock clock;
    private final Instant start;
    private final Map<Object, long[]> used = new HashMap<>();

    /** Budgets by these limits on this clock. */
    public InMemoryRobloxCallBudget(RateLimit perUser, RateLimit perShop, Clock clock) {
        this.perUser = Objects.requireNonNull(perUser, "perUser");
        this.perShop = Objects.requireNonNull(perShop, "perShop");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.instant();
    }

    @Override
    public Optional<Duration> takeForUser(DiscordUserId user, int calls) {
        return take(Objects.requireNonNull(user, "user"), perUser, calls);
    }

    @Override
    public Optional<Duration> takeForShop(int calls) {
        return take(SHOP, perShop, calls);
    }

    private synchronized Optional<Duration> take(Object who, RateLimit limit, int calls) {
        long elapsed = Duration.between(start, clock.instant()).toNanos();
        long period = limit.per().toNanos();
        long window = elapsed / period;
        // {window, calls taken in it}
        long[] taken = used.computeIfAbsent(who, w -> new long[] {window, 0});
        if (taken[0] != window) {
            taken[0] = window;
            taken[1] = 0;
        }
        if (taken[1] + calls <= limit.calls()) {
            taken[1] += calls;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(period - elapsed % period));
    }
}
