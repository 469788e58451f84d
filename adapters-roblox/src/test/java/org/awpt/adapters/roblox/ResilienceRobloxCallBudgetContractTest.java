package org.awpt.adapters.roblox;

import java.time.Instant;
import org.awpt.application.contract.RobloxCallBudgetContract;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.shared.RateLimit;

/** The Resilience4j budgets on the contract's clock, through the limiter's own time hook. */
class ResilienceRobloxCallBudgetContractTest extends RobloxCallBudgetContract {
    @Override
    protected RobloxCallBudget budget(RateLimit perUser, RateLimit perShop) {
        return new ResilienceRobloxCallBudget(perUser, perShop, () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
    }
}
