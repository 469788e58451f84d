package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.awpt.adapters.web.SellAppWebhook;
import org.awpt.adapters.web.SellAuthWebhook;
import org.awpt.adapters.web.SellixWebhook;
import org.awpt.adapters.web.StorefrontWebhook;
import org.awpt.bootstrap.config.StorefrontConfig;

/**
 * The configured storefronts' webhooks (the shop serves their deliveries, see {@link ApplicationModule}).
 * Only the bot has it; {@code RunCommand} starts their listener when a storefront is configured.
 */
public final class StorefrontModule extends AbstractModule {
    private final StorefrontConfig config;

    /** Storefronts as configured. */
    public StorefrontModule(StorefrontConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    StorefrontWebhookList webhooks(Clock clock) {
        return new StorefrontWebhookList(config.providers().stream().map(provider -> webhook(provider, clock)).toList());
    }

    private static StorefrontWebhook webhook(StorefrontConfig.Provider provider, Clock clock) {
        String secret = provider.secret().reveal();
        return switch (provider.name()) {
            case "sellix" -> new SellixWebhook(secret);
            case "sellauth" -> new SellAuthWebhook(secret, clock);
            case "sellapp" -> new SellAppWebhook(secret);
            default -> throw new IllegalArgumentException("no webhook for storefront " + provider.name());
        };
    }

    /**
     * The configured storefronts' webhooks, in configuration order.
     *
     * @param webhooks one per configured storefront
     */
    public record StorefrontWebhookList(List<StorefrontWebhook> webhooks) {
        /** Copies the list. */
        public StorefrontWebhookList {
            webhooks = List.copyOf(webhooks);
        }
    }
}
