package org.awpt.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.shared.RateLimit;
import org.awpt.domain.DiscordUserId;
import org.junit.jupiter.api.Test;

/** What every {@link RobloxCallBudget} does: a budget per user and one for the bot, refilled each period. */
public abstract class RobloxCallBudgetContract {
    private static final DiscordUserId BUYER = new DiscordUserId(2_000);
    private static final DiscordUserId OTHER = new DiscordUserId(2_001);
    private static final RateLimit PER_USER = new RateLimit(10, Duration.ofMinutes(10));
    private static final RateLimit PER_SHOP = new RateLimit(30, Duration.ofMinutes(1));

    /** The clock the budget under test reads. */
    protected final MutableClock clock = new MutableClock();

    /** A fresh budget by these limits, reading {@link #clock}. */
    protected abstract RobloxCallBudget budget(RateLimit perUser, RateLimit perShop);

    @Test
    void aUserTakesUpToTheLimitThenWaitsAtMostAPeriod() {
        RobloxCallBudget budget = budget(PER_USER, PER_SHOP);
        for (int i = 0; i < 5; i++) {
            assertThat(budget.takeForUser(BUYER, 2)).as("take %d", i).isEmpty();
        }

        Optional<Duration> wait = budget.takeForUser(BUYER, 2);

        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isPositive().isLessThanOrEqualTo(PER_USER.per()));
        clock.advance(wait.orElseThrow());
        assertThat(budget.takeForUser(BUYER, 2)).isEmpty();
    }

    @Test
    void aRefusedTakeTakesNothing() {
        RobloxCallBudget budget = budget(PER_USER, PER_SHOP);
        assertThat(budget.takeForUser(BUYER, 9)).isEmpty();

        assertThat(budget.takeForUser(BUYER, 2)).isPresent();
        assertThat(budget.takeForUser(BUYER, 1)).isEmpty();
        assertThat(budget.takeForUser(BUYER, 1)).isPresent();
    }

    @Test
    void usersHaveTheirOwnBudgetsAndTheBotItsOwn() {
        RobloxCallBudget budget = budget(PER_USER, PER_SHOP);
        assertThat(budget.takeForUser(BUYER, 10)).isEmpty();

        assertThat(budget.takeForUser(OTHER, 10)).isEmpty();
        assertThat(budget.takeForShop(30)).isEmpty();
        assertThat(budget.takeForShop(1)).hasValueSatisfying(w -> assertThat(w).isLessThanOrEqualTo(PER_SHOP.per()));
    }

    @Test
    void fiftyThreadsOfOneUserTakeExactlyTheBudget() throws Exception {
        RobloxCallBudget budget = budget(PER_USER, PER_SHOP);
        List<Callable<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            takes.add(() -> budget.takeForUser(BUYER, 2).isEmpty());
        }

        List<Boolean> granted = Race.all(takes);

        assertThat(granted).filteredOn(g -> g).hasSize(5);
    }
}
