package org.awpt.application.fake;

import org.awpt.application.contract.RobloxCallBudgetContract;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.shared.RateLimit;

class InMemoryRobloxCallBudgetTest extends RobloxCallBudgetContract {
    @Override
    protected RobloxCallBudget budget(RateLimit perUser, RateLimit perShop) {
        return new InMemoryRobloxCallBudget(perUser, perShop, clock);
    }
}
