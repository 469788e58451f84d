package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.awpt.adapters.discord.BotAssembly;
import org.awpt.adapters.discord.UseCases;
import org.awpt.adapters.discord.buyer.ProofUploads;
import org.awpt.adapters.discord.buyer.TicketChannelDeletions;
import org.awpt.adapters.discord.lifecycle.JdaExpiryReminderNotifier;
import org.awpt.adapters.discord.lifecycle.JdaLicensedRoleGateway;
import org.awpt.adapters.discord.lifecycle.MemberJoinListener;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.notify.JdaSalesFeed;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.DiscordSettings;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.adapters.discord.runtime.ShopServers;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.StockListener;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestUseCase;

/**
 * The Discord bot: its notifiers and stock listener (which the use cases are built with), and the
 * interaction router over the use cases. Nothing connects here: {@link DiscordRuntime} starts the
 * bot once the injector is built.
 */
public final class DiscordModule extends AbstractModule {
    private final DiscordSettings settings;
    private final DiscordPlaces places;

    /** The bot with these settings, posting in these places. */
    public DiscordModule(DiscordSettings settings, DiscordPlaces places) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.places = Objects.requireNonNull(places, "places");
    }

    @Override
    protected void configure() {
        bind(DiscordRuntime.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    DiscordBot bot() {
        return new DiscordBot(settings);
    }

    @Provides
    @Singleton
    Messages messages() {
        return Messages.forLocale(settings.locale());
    }

    @Provides
    @Singleton
    BotAssembly assembly(Messages messages, ShopSettings shop, DiscordBot bot, PurchaseTicketRepository tickets,
            Clock clock) {
        // The bot's operations work once it has connected; the notifiers only use them after that.
        return new BotAssembly(messages, shop, bot.ops(), tickets, clock);
    }

    @Provides
    @Singleton
    BotAssembly.Notifiers notifiers(BotAssembly assembly, ProofStore proofs, DiscordBot bot) {
        return assembly.notifiers(proofs, places.adminChannelId(), places.guildIds(), bot.handlerPool());
    }

    @Provides
    @Singleton
    BuyerNotifier buyers(BotAssembly.Notifiers notifiers) {
        return notifiers.buyers();
    }

    @Provides
    @Singleton
    SalesFeed sales(DiscordBot bot, Messages messages) {
        return new JdaSalesFeed(bot.ops(), messages, places.salesChannelId());
    }

    @Provides
    @Singleton
    ExpiryReminderNotifier reminders(DiscordBot bot, Messages messages, Clock clock) {
        return new JdaExpiryReminderNotifier(bot.ops(), messages,
                new ClosedDirectMessages(clock, BotAssembly.CLOSED_DM_MEMORY));
    }

    @Provides
    @Singleton
    Optional<LicensedRoleGateway> licensedRole(DiscordBot bot) {
        return places.licensedRoleId().map(role -> new JdaLicensedRoleGateway(bot.ops(), places.guildIds(), role));
    }

    @Provides
    @Singleton
    MemberJoinListener memberJoins(LicenseLifecycleUseCase lifecycle, DiscordBot bot) {
        return new MemberJoinListener(lifecycle, Set.copyOf(places.guildIds()), bot.handlerPool());
    }

    @Provides
    AdminNotifier admins(BotAssembly.Notifiers notifiers) {
        return notifiers.admins();
    }

    @ProvidesIntoSet
    StockListener ticketEmbeds(BotAssembly.Notifiers notifiers) {
        return notifiers.stock();
    }

    @Provides
    @Singleton
    UseCases useCases(ShopSettings shop, Authorization authorization, PurchaseCatalogUseCase catalog,
            RobuxPurchaseUseCase robux, ManualPaymentUseCase manual, StorefrontUseCase storefront,
            DeliveryUseCase delivery, InventoryUseCase inventory, SalesReportUseCase reports,
            KeyRequestUseCase keyRequests, LockdownUseCase lockdown, AuditUseCase audit, CooldownUseCase cooldowns) {
        return new UseCases(shop, authorization, catalog, robux, manual, storefront, delivery, inventory, reports,
                keyRequests, lockdown, audit, cooldowns);
    }

    @Provides
    @Singleton
    InteractionRouter router(BotAssembly assembly, BotAssembly.Notifiers notifiers, UseCases useCases, DiscordBot bot) {
        // The notifiers come first: they tell the assembly the shop's servers, where Renew opens tickets.
        return assembly.router(useCases, bot.handlerPool(), ShopServers.of(places.guildIds()));
    }

    @Provides
    @Singleton
    ProofUploads proofUploads(BotAssembly assembly, InteractionRouter router) {
        // The assembly makes the upload listener while it builds the router.
        return assembly.proofUploads();
    }

    @Provides
    @Singleton
    TicketChannelDeletions ticketChannelDeletions(BotAssembly assembly, InteractionRouter router) {
        // The assembly makes the deletion listener while it builds the router.
        return assembly.ticketChannelDeletions();
    }


}
