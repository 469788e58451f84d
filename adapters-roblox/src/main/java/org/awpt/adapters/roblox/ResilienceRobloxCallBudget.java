package org.awpt.adapters.roblox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.shared.RateLimit;
import org.awpt.domain.DiscordUserId;

/**
 * Roblox look-up budgets on Resilience4j rate limiters: one per Discord user (kept by Caffeine while
 * used, dropped after a period unused, when it would be full again anyway) and one for the bot.
 * A limiter hands out its limit in each period, periods counted from its creation; it never waits.
 */
public final class ResilienceRobloxCallBudget implements RobloxCallBudget {
    /** Users tracked at once at most; the least recently seen are dropped beyond (they may then try early). */
    static final long MAX_USERS = 100_000;

    private final RateLimit perUser;
    private final LongSupplier nanoTime;
    private final Cache<DiscordUserId, Budget> users;
    private final Budget shop;

    /** Budgets on the system's monotonic clock. */
    public ResilienceRobloxCallBudget(RateLimit perUser, RateLimit perShop) {
        this(perUser, perShop, System::nanoTime);
    }

    /** Budgets on this clock of nanoseconds (tests drive it). */
    public ResilienceRobloxCallBudget(RateLimit perUser, RateLimit perShop, LongSupplier nanoTime) {
        this.perUser = Objects.requireNonNull(perUser, "perUser");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.users = Caffeine.newBuilder().ticker(nanoTime::getAsLong).expireAfterAccess(perUser.per())
                .maximumSize(MAX_USERS).build();
        this.shop = new Budget("roblox-shop", Objects.requireNonNull(perShop, "perShop"), nanoTime);
    }

    @Override
    public Optional<Duration> takeForUser(DiscordUserId user, int calls) {
        return users.get(user, u -> new Budget("roblox-user-" + u.asString(), perUser, nanoTime)).take(calls);
    }

    @Override
    public Optional<Duration> takeForShop(int calls) {
        return shop.take(calls);
    }

    /** One limiter and when its periods started. */
    private static final class Budget {
        private final RateLimiter limiter;
        private final LongSupplier nanoTime;
        private final long start;
        private final long period;

        Budget(String name, RateLimit limit, LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            this.period = limit.per().toNanos();
            this.start = nanoTime.getAsLong();
            this.limiter = RateLimiter.of(name, RateLimiterConfig.custom().limitForPeriod(limit.calls())
                    .limitRefreshPeriod(limit.per()).timeoutDuration(Duration.ZERO).build(), nanoTime::getAsLong);
        }

        Optional<Duration> take(int calls) {
            if (limiter.acquirePermission(calls)) {
                return Optional.empty();
            }
            // The limiter refills to its limit at the start of each period (counted from its creation, as
            // `start` is read just before it reads its own); it tells the wait for one permission only.
            long elapsed = nanoTime.getAsLong() - start;
            return Optional.of(Duration.ofNanos(period - Math.floorMod(elapsed, period)));
        }
    }
}
