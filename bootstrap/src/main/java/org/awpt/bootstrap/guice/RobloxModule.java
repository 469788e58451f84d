package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import org.awpt.adapters.roblox.ResilienceRobloxCallBudget;
import org.awpt.adapters.roblox.RetrofitRobloxGateway;
import org.awpt.adapters.roblox.RobloxSettings;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.shared.ShopSettings;

/** The Roblox gateway over Roblox's web APIs (no connection is opened until a call), and the look-up budgets. */
public final class RobloxModule extends AbstractModule {
    private final RobloxSettings settings;

    /** The gateway with these settings. */
    public RobloxModule(RobloxSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Provides
    @Singleton
    RetrofitRobloxGateway retrofitGateway(Clock clock) {
        return RetrofitRobloxGateway.create(settings, clock);
    }

    @Provides
    @Singleton
    RobloxGateway gateway(Provider<RetrofitRobloxGateway> gateway) {
        // Made at the first call: a command that never asks Roblox never loads its HTTP client.
        return new LazyRobloxGateway(gateway::get);
    }

    @Provides
    @Singleton
    ResilienceRobloxCallBudget resilienceBudget(ShopSettings shop) {
        return new ResilienceRobloxCallBudget(shop.limits().robloxCallsPerBuyer(), shop.limits().robloxCallsPerShop());
    }

    @Provides
    @Singleton
    RobloxCallBudget budget(Provider<ResilienceRobloxCallBudget> budget) {
        // Made at the first look-up, as the gateway: a command that asks Roblox nothing never loads Resilience4j.
        return new LazyRobloxCallBudget(budget::get);
    }
}
