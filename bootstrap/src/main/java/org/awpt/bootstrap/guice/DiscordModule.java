package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.DiscordTicketChannels;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.adapters.discord.lifecycle.JdaExpiryReminderNotifier;
import org.awpt.adapters.discord.lifecycle.JdaLicensedRoleGateway;
import org.awpt.adapters.discord.lifecycle.MemberJoinListener;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.notify.JdaAdminNotifier;
import org.awpt.adapters.discord.notify.JdaBuyerNotifier;
import org.awpt.adapters.discord.notify.TicketStockListener;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.notify.JdaSalesFeed;
import org.awpt.adapters.discord.notify.JdaTicketArchive;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.DiscordSettings;
import org.awpt.adapters.discord.runtime.ErrorMapper;
import org.awpt.adapters.discord.runtime.StaffErrorNotices;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.adapters.discord.runtime.ModalOpener;
import org.awpt.adapters.discord.runtime.ShopServers;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.language.BuyerLanguageUseCase;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.StockListener;
import org.awpt.application.port.TicketArchive;
import org.awpt.application.port.TicketChannels;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.awpt.domain.stock.StockChange;
import org.awpt.domain.stock.StockStatus;

/**
 * The Discord bot: its outbound ports (notifiers, ticket channels, the stock listener refreshing
 * ticket embeds) and the interaction router over every handler. Handlers are contributed to three
 * set binders ({@link CommandHandler}, {@link ComponentHandler}, {@link ModalOpener}; see
 * {@link BuyerHandlersModule} and {@link AdminHandlersModule}), and JDA listeners to a fourth
 * ({@link BotListener}): a new command is one more binding, nothing else changes. Nothing
 * connects here: {@link DiscordRuntime} starts the bot once the injector is built.
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
        Multibinder.newSetBinder(binder(), CommandHandler.class);
        Multibinder.newSetBinder(binder(), ComponentHandler.class);
        Multibinder.newSetBinder(binder(), ModalOpener.class);
        Multibinder.newSetBinder(binder(), BotListener.class);
        bind(DiscordPlaces.class).toInstance(places);
        bind(DiscordRuntime.class).in(Singleton.class);
        install(new BuyerHandlersModule());
        install(new AdminHandlersModule());
    }

    @Provides
    @Singleton
    DiscordBot bot() {
        return new DiscordBot(settings);
    }

    @Provides
    @Singleton
    DiscordOps ops(DiscordBot bot) {
        // Works once the bot has connected; notifiers and handlers only use it after that.
        return bot.ops();
    }

    @Provides
    @Singleton
    Messages messages() {
        return Messages.forLocale(settings.locale());
    }

    /**
     * What buyers read without an interaction, in the language their client last reported: the shop
     * (which gives the use case) is built with the notifiers that need these texts, so Guice's provider
     * breaks the cycle here.
     */
    @Provides
    @Singleton
    BuyerTexts buyerTexts(Messages messages, Provider<BuyerLanguageUseCase> languages) {
        return new BuyerTexts(messages, buyer -> languages.get().languageOf(buyer));
    }

    @Provides
    @Singleton
    BuyerViews buyerViews(BuyerTexts texts) {
        return new BuyerViews(texts);
    }

    @Provides
    @Singleton
    SessionNotices sessionNotices(BuyerTexts texts, ShopSettings shop) {
        return new SessionNotices(texts, shop.types(), shop.methods());
    }

    @Provides
    @Singleton
    ErrorMapper errors(Messages messages, DiscordOps ops, DiscordBot bot, Clock clock) {
        return places.errorNotices().map(target -> new ErrorMapper(messages, new StaffErrorNotices(ops, messages,
                target, places.errorInterval(), clock, bot.handlerPool()))).orElseGet(() -> new ErrorMapper(messages));
    }

    @Provides
    @Singleton
    ShopServers shopServers() {
        return ShopServers.of(places.guildIds());
    }

    @Provides
    @Singleton
    BuyerNotifier buyers(DiscordOps ops, BuyerViews views, SessionNotices notices, Clock clock) {
        // The licensed role is the application's reaction to a delivered key, not the notifier's.
        return new JdaBuyerNotifier(ops, views, notices, new ClosedDirectMessages(clock, ClosedDirectMessages.MEMORY));
    }

    @Provides
    @Singleton
    SalesFeed sales(DiscordOps ops, Messages messages) {
        return new JdaSalesFeed(ops, messages, places.salesChannelId());
    }

    @Provides
    @Singleton
    AdminNotifier admins(DiscordOps ops, Messages messages, SessionNotices notices, ShopSettings shop) {
        return new JdaAdminNotifier(ops, messages, notices, places.adminChannelId(), shop.access().adminUserIds());
    }

    @Provides
    @Singleton
    TicketChannels ticketChannels(DiscordOps ops, BuyerTexts texts) {
        return new DiscordTicketChannels(ops, texts);
    }

    @Provides
    @Singleton
    TicketArchive ticketArchive(DiscordOps ops, BuyerTexts texts) {
        return new JdaTicketArchive(ops, texts, places.ticketLogChannelId());
    }

    @Provides
    @Singleton
    ExpiryReminderNotifier reminders(DiscordOps ops, BuyerTexts texts, Clock clock) {
        return new JdaExpiryReminderNotifier(ops, texts, new ClosedDirectMessages(clock, ClosedDirectMessages.MEMORY));
    }

    @Provides
    @Singleton
    Optional<LicensedRoleGateway> licensedRole(DiscordOps ops) {
        return places.licensedRoleId().map(role -> new JdaLicensedRoleGateway(ops, places.guildIds(), role));
    }

    @Provides
    @Singleton
    TicketEmbeds ticketEmbeds(PurchaseTicketUseCase tickets, PurchaseCatalogUseCase catalog, DiscordOps ops,
            BuyerViews views) {
        return new TicketEmbeds(tickets, catalog, ops, views);
    }

    @ProvidesIntoSet
    StockListener ticketEmbedRefresh(Provider<TicketEmbeds> embeds, DiscordBot bot) {
        return new TicketEmbedRefresh(embeds, bot);
    }

    /**
     * The purchase panels' refresh, made at the first stock change: the shop is built with its stock
     * listeners, and the embeds need the shop's ticket and catalog use cases, so Guice's provider
     * breaks the cycle here rather than the adapter binding late.
     */
    private static final class TicketEmbedRefresh implements StockListener {
        private final Provider<TicketEmbeds> embeds;
        private final DiscordBot bot;

        TicketEmbedRefresh(Provider<TicketEmbeds> embeds, DiscordBot bot) {
            this.embeds = embeds;
            this.bot = bot;
        }

        @Override
        public void stockChanged(List<StockChange> changes, List<StockStatus> current) {
            new TicketStockListener(embeds.get(), bot.handlerPool()).stockChanged(changes, current);
        }
    }

    @ProvidesIntoSet
    BotListener memberJoins(LicenseLifecycleUseCase lifecycle, DiscordBot bot) {
        return new MemberJoinListener(lifecycle, Set.copyOf(places.guildIds()), bot.handlerPool());
    }

    @Provides
    @Singleton
    InteractionRouter router(DiscordBot bot, ErrorMapper errors, Messages messages, Set<CommandHandler> commands,
            Set<ComponentHandler> components, Set<ModalOpener> modals, ShopServers shopServers,
            BuyerLanguageUseCase languages) {
        // Handlers run on the bot's bounded pool, never on JDA's event threads.
        return new InteractionRouter(bot.handlerPool(), errors, messages, List.copyOf(commands), List.copyOf(components),
                List.copyOf(modals), shopServers, Optional.of(languages));
    }

    @ProvidesIntoSet
    BotListener interactions(InteractionRouter router) {
        return router;
    }
}
