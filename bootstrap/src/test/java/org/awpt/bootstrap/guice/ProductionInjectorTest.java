package org.awpt.bootstrap.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.ModalOpener;
import org.awpt.adapters.discord.runtime.SlashCommands;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.application.Shop;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.retention.RetentionUseCase;
import org.awpt.domain.event.KeyDelivered;
import org.awpt.domain.event.SaleCompleted;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.bootstrap.Assembly;
import org.awpt.bootstrap.PeriodicRound;
import org.awpt.bootstrap.config.AwptConfig;
import org.awpt.bootstrap.config.ConfigLoader;
import org.awpt.bootstrap.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production module list builds, on SQLite in a temporary data folder, and every binding resolves. */
class ProductionInjectorTest {
    private static final String TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";
    @TempDir
    Path dir;

    private AwptConfig config() {
        return new ConfigLoader(Map.of("AWPT_DISCORD_TOKEN", TOKEN, "AWPT_DATA_DIR", dir.resolve("data").toString(),
                "AWPT_GUILD_IDS", "100000000000000001", "AWPT_TICKET_CATEGORY_ID", "200000000000000002",
                "AWPT_ADMIN_USER_IDS", "42"), dir).load();
    }

    private Store store(AwptConfig config) {
        return Store.open(config.database(), Store.Opening.CREATE, config.shop().types(), Clock.systemUTC());
    }

    @Test
    void everyBindingOfTheProductionListResolves() {
        AwptConfig config = config();
        try (Store store = store(config); Assembly shop = Assembly.start(AwptModules.production(config, store))) {
            shop.closeFirst(shop.get(DiscordRuntime.class));
            for (Map.Entry<Key<?>, Binding<?>> binding : shop.injector().getAllBindings().entrySet()) {
                assertThat(shop.injector().getInstance(binding.getKey())).as(binding.getKey().toString()).isNotNull();
            }
            for (Class<?> useCase : List.of(PurchaseCatalogUseCase.class, RobuxPurchaseUseCase.class,
                    ManualPaymentUseCase.class, StorefrontUseCase.class, InventoryUseCase.class,
                    KeyRequestUseCase.class, StockUseCase.class, InteractionRouter.class,
                    org.awpt.application.storefront.StorefrontDeliveryUseCase.class)) {
                assertThat(shop.get(useCase)).isNotNull();
            }
            assertThat(shop.get(BuyerNotifier.class).getClass().getPackageName())
                    .isEqualTo("org.awpt.adapters.discord.notify");
            Shop core = shop.get(Shop.class);
            assertThat(shop.get(InventoryUseCase.class)).as("one wiring: the use cases are the shop's")
                    .isSameAs(core.inventory());
            assertThat(shop.get(RobuxPurchaseUseCase.class)).isSameAs(core.robux());
            assertThat(shop.get(LicenseLifecycleUseCase.class)).isSameAs(core.lifecycle());
            assertThat(shop.get(EventDispatcher.class).reactionsTo(KeyDelivered.class))
                    .as("delivery also grants the licensed role, ends the open_ticket count and marks the ticket")
                    .containsExactly("licensed role", "open_ticket cooldown cleared", "purchase ticket delivered");
            assertThat(shop.get(EventDispatcher.class).reactionsTo(SaleCompleted.class))
                    .containsExactly("sales feed", "sales ledger");
            assertThat(shop.get(SalesReportUseCase.class)).isSameAs(core.reports());
            assertThat(shop.get(RetentionUseCase.class)).isNotNull();
            assertThat(shop.get(SalesFeed.class).getClass().getSimpleName()).isEqualTo("JdaSalesFeed");
            assertThat(shop.get(ShopEvents.class)).isSameAs(shop.get(EventDispatcher.class));
            assertThat(shop.get(LicenseLifecycleUseCase.class)).isNotNull();
            assertThat(shop.get(OnceRegistry.class).getClass().getPackageName()).startsWith("org.awpt.adapters.sqlite");
            assertThat(shop.get(AdminNotifier.class).getClass().getPackageName())
                    .isEqualTo("org.awpt.adapters.discord.notify");
            assertThat(shop.get(StockUseCase.class)).isSameAs(shop.get(StockUseCase.class));
            assertThat(Files.exists(dir.resolve("data").resolve("awpt.db"))).isTrue();
            assertThat(shop.get(Store.class)).isSameAs(store);
            assertThat(shop.get(PurchaseTicketRepository.class)).isSameAs(store.repositories().purchaseTickets());
        }
    }

    @Test
    void everyCommandButtonFormAndRoundIsBoundInItsSet() {
        AwptConfig config = config();
        try (Store store = store(config); Assembly shop = Assembly.start(AwptModules.production(config, store))) {
            shop.closeFirst(shop.get(DiscordRuntime.class));
            Set<CommandHandler> commands = shop.injector().getInstance(new Key<Set<CommandHandler>>() { });
            Set<ComponentHandler> components = shop.injector().getInstance(new Key<Set<ComponentHandler>>() { });
            Set<ModalOpener> modals = shop.injector().getInstance(new Key<Set<ModalOpener>>() { });
            Set<PeriodicRound> rounds = shop.injector().getInstance(new Key<Set<PeriodicRound>>() { });

            assertThat(commands).extracting(CommandHandler::name).containsExactlyInAnyOrder(SlashCommands.PANEL,
                    SlashCommands.LICENSE, SlashCommands.REQUEST_KEYS, SlashCommands.LOCKDOWN, SlashCommands.AUDIT,
                    SlashCommands.COOLDOWN);
            Set<ComponentAction> answered = EnumSet.noneOf(ComponentAction.class);
            components.forEach(handler -> answered.addAll(handler.actions()));
            modals.forEach(opener -> answered.addAll(opener.actions()));
            assertThat(answered).as("every button and form has a handler")
                    .containsExactlyInAnyOrder(ComponentAction.values());
            assertThat(rounds).extracting(PeriodicRound::what).containsExactlyInAnyOrder("expired abandoned payments",
                    "retried key deliveries", "retried requested-key deliveries", "stock level changes",
                    "expiry reminders sent", "license expiries announced", "licensed roles taken after expiry",
                    "stock level changes after another process wrote the database",
                    "records past their retention deleted", "purchase tickets warned or closed by the ticket policy",
                    "channels of closed tickets deleted");
            assertThat(shop.injector().getInstance(new Key<Set<BotListener>>() { })).hasSize(5);
        }
    }

    @Test
    void testsSwapAnyBindingWithModulesOverride() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        Module fixedClock = new AbstractModule() {
            @Override
            protected void configure() {
                bind(Clock.class).toInstance(fixed);
            }
        };

        AwptConfig config = config();
        try (Store store = store(config);
                Assembly shop = Assembly.start(List.of(Modules.override(AwptModules.console(config, store))
                        .with(fixedClock)))) {
            assertThat(shop.get(Clock.class)).isSameAs(fixed);
            assertThat(shop.get(BuyerNotifier.class).getClass().getSimpleName()).isEqualTo("ConsoleNotifiers");
        }
    }
}
