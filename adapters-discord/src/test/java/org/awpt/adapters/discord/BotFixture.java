package org.awpt.adapters.discord;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.DiscordTicketChannels;
import org.awpt.adapters.discord.notify.JdaTicketArchive;
import org.awpt.application.ticket.TicketPolicy;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.notify.JdaAdminNotifier;
import org.awpt.adapters.discord.notify.JdaBuyerNotifier;
import org.awpt.adapters.discord.notify.JdaSalesFeed;
import org.awpt.adapters.discord.notify.TicketStockListener;
import org.awpt.adapters.discord.runtime.FakeDiscordOps;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.audit.AuditService;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.cooldown.CooldownService;
import org.awpt.application.delivery.DeliveryService;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.FakeRobloxGateway;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.InMemoryCooldownStore;
import org.awpt.application.fake.InMemoryKeyRequestRepository;
import org.awpt.application.fake.InMemoryLicenseKeyRepository;
import org.awpt.application.fake.InMemoryLockdownStore;
import org.awpt.application.fake.InMemoryPaymentSessionRepository;
import org.awpt.application.fake.InMemoryProofStore;
import org.awpt.application.fake.InMemoryPurchaseTicketRepository;
import org.awpt.application.fake.InMemoryRobloxCallBudget;
import org.awpt.application.fake.InMemorySalesLedger;
import org.awpt.application.fake.InMemoryStorefrontVisitRepository;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.inventory.InventoryService;
import org.awpt.application.lockdown.LockdownService;
import org.awpt.application.manual.ManualOrderSettlement;
import org.awpt.application.manual.ManualPaymentService;
import org.awpt.application.manual.PaymentApproval;
import org.awpt.application.manual.PaymentClosing;
import org.awpt.application.manual.PaymentExpiry;
import org.awpt.application.manual.PaymentRecords;
import org.awpt.application.manual.PaymentSubmission;
import org.awpt.application.manual.ProofIntake;
import org.awpt.application.purchase.PurchaseCatalogService;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.robux.RobuxPurchaseService;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockMonitor;
import org.awpt.application.stock.StockService;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.report.SalesReportService;
import org.awpt.application.storefront.StorefrontService;
import org.awpt.application.support.KeyRequestDecisions;
import org.awpt.application.support.KeyRequestDeliveries;
import org.awpt.application.support.KeyRequestIntake;
import org.awpt.application.support.KeyRequestService;
import org.awpt.application.ticket.PurchaseTicketService;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The whole bot over the application's in-memory fakes and a fake Discord: the real use cases, the
 * real notifiers and handlers, and a router running handlers on the calling thread (or a given executor).
 * {@link #restarted()} rebuilds everything but the stores, as a process restart would.
 */
public final class BotFixture {
    /** An admin by user id. */
    public static final DiscordUserId ADMIN = new DiscordUserId(1_000);
    /** Another admin. */
    public static final DiscordUserId OTHER_ADMIN = new DiscordUserId(1_001);
    /** A support member (by role). */
    public static final DiscordUserId SUPPORT = new DiscordUserId(1_500);
    /** A buyer. */
    public static final DiscordUserId BUYER = new DiscordUserId(2_000);
    /** Another buyer. */
    public static final DiscordUserId OTHER_BUYER = new DiscordUserId(2_001);
    /** The support role. */
    public static final String SUPPORT_ROLE = "600";
    /** The admin channel. */
    public static final String ADMIN_CHANNEL = "700000000000000001";
    /** No roles. */
    public static final String[] NO_ROLES = {};
    /** Holding the support role. */
    public static final String[] SUPPORT_ROLES = {SUPPORT_ROLE};
    /** The first bytes of a PNG image. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    public final Stores stores;
    public final Messages messages = Messages.english();
    public final ShopSettings settings;
    private final java.util.function.Function<AccessPolicy, ShopSettings> shop;
    public final Authorization authorization;
    public final StockUseCase stock;
    /** The shop's reactions: stock alerts, purchase panels, the sales feed (in the admin channel). */
    public final EventDispatcher events;
    public final LockdownService lockdown;
    public final ManualPaymentService manual;
    public final RobuxPurchaseService robux;
    public final InventoryService inventory;
    public final KeyRequestService keyRequests;
    /** Purchase tickets. */
    public final PurchaseTicketService tickets;
    public final InteractionRouter router;
    public final org.awpt.adapters.discord.buyer.ProofUploads uploads;
    /** The listener closing the tickets of deleted channels. */
    public final org.awpt.adapters.discord.buyer.TicketChannelDeletions deletions;
    private final Executor handlers;
    private final List<String> shopGuildIds;

    /** Shared across restarts. */
    public static final class Stores {
        public final MutableClock clock = new MutableClock();
        public final SequentialIdSource ids = new SequentialIdSource();
        public final InMemoryLicenseKeyRepository keys = new InMemoryLicenseKeyRepository();
        public final InMemoryPaymentSessionRepository sessions = new InMemoryPaymentSessionRepository();
        public final InMemoryStorefrontVisitRepository visits = new InMemoryStorefrontVisitRepository();
        public final InMemorySalesLedger sales = new InMemorySalesLedger();
        public final InMemoryAuditLog audit = new InMemoryAuditLog();
        public final InMemoryLockdownStore lockdowns = new InMemoryLockdownStore();
        public final InMemoryCooldownStore cooldowns = new InMemoryCooldownStore();
        public final InMemoryProofStore proofs = new InMemoryProofStore();
        public final InMemoryKeyRequestRepository requests = new InMemoryKeyRequestRepository();
        public final InMemoryPurchaseTicketRepository tickets = new InMemoryPurchaseTicketRepository();
        public final FakeRobloxGateway roblox = new FakeRobloxGateway();
        public final org.awpt.application.fake.InMemoryOnceRegistry once =
                new org.awpt.application.fake.InMemoryOnceRegistry();
        public final FakeDiscordOps discord = new FakeDiscordOps();
        private int nextKey;
    }

    /** A fresh shop with no stock. */
    public BotFixture() {
        this(Runnable::run);
    }

    /** A fresh shop with no stock whose handlers (and proof uploads) run on {@code handlers}. */
    public BotFixture(Executor handlers) {
        this(new Stores(), handlers, List.of(org.awpt.adapters.discord.runtime.MockEvents.GUILD),
                ExampleShop::settings);
    }

    /** A fresh shop configured with no payment method at all (as with nothing but a bot token). */
    public static BotFixture takingNoPayment() {
        return with(ShopSettings::defaults);
    }

    /** A fresh shop with these settings (given the fixture's access policy). */
    public static BotFixture with(java.util.function.Function<AccessPolicy, ShopSettings> shop) {
        return new BotFixture(new Stores(), Runnable::run, List.of(org.awpt.adapters.discord.runtime.MockEvents.GUILD),
                shop);
    }

    /**
     * A fresh shop with no stock run with nothing but a bot token: no server configured, so the shop's
     * server is the bot's only one (the fake Discord's bot is in {@link org.awpt.adapters.discord.runtime.MockEvents#GUILD}).
     */
    public static BotFixture withNoConfiguredServer() {
        return new BotFixture(new Stores(), Runnable::run, List.of(), ExampleShop::settings);
    }

    private BotFixture(Stores stores, Executor handlers, List<String> shopGuildIds,
            java.util.function.Function<AccessPolicy, ShopSettings> shop) {
        this.stores = stores;
        this.handlers = handlers;
        this.shopGuildIds = shopGuildIds;
        this.shop = shop;
        AccessPolicy access = new AccessPolicy(Set.of(ADMIN, OTHER_ADMIN), Set.of("500"), Set.of(), Set.of(SUPPORT_ROLE));
        settings = shop.apply(access);
        authorization = new Authorization(access);
        Auditor auditor = new Auditor(stores.audit, stores.ids, stores.clock);
        BuyerViews views = new BuyerViews(messages);
        SessionNotices notices = new SessionNotices(messages, settings.types(), settings.methods());
        JdaBuyerNotifier buyers = new JdaBuyerNotifier(stores.discord, views, notices,
                new ClosedDirectMessages(stores.clock, ClosedDirectMessages.MEMORY));
        JdaAdminNotifier admins = new JdaAdminNotifier(stores.discord, messages, notices, Optional.of(ADMIN_CHANNEL),
                settings.access().adminUserIds());
        PurchaseGuard guard = new PurchaseGuard(settings, stores.keys, stores.lockdowns, stores.cooldowns, stores.clock);
        lockdown = new LockdownService(stores.lockdowns, settings, authorization, auditor, stores.clock);
        PurchaseCatalogService catalog = new PurchaseCatalogService(settings, guard);
        CooldownBook cooldownBook = new CooldownBook(stores.cooldowns, settings, stores.clock);
        tickets = new PurchaseTicketService(stores.tickets, new DiscordTicketChannels(stores.discord, BuyerTexts.only(messages)),
                new JdaTicketArchive(stores.discord, BuyerTexts.only(messages), Optional.of(ADMIN_CHANNEL)), stores.sessions,
                cooldownBook, authorization, auditor, TicketPolicy.defaults(), stores.clock);
        TicketEmbeds embeds = new TicketEmbeds(tickets, catalog, stores.discord, views);
        StockMonitor monitor = new StockMonitor(stores.keys, settings, auditor);
        events = ShopReactions.dispatcher(monitor, admins, List.of(new TicketStockListener(embeds, Runnable::run)),
                new JdaSalesFeed(stores.discord, messages, Optional.of(ADMIN_CHANNEL)),
                List.of(ShopReactions.openTicketCooldownCleared(cooldownBook), ShopReactions.salesLedger(stores.sales)));
        stock = new StockService(monitor, events);
        DeliveryService delivery = new DeliveryService(settings, stores.keys, buyers, admins,
                new ManualOrderSettlement(stores.sessions), auditor, stores.clock, events);
        robux = new RobuxPurchaseService(settings, stores.keys, stores.roblox, new InMemoryRobloxCallBudget(
                settings.limits().robloxCallsPerBuyer(), settings.limits().robloxCallsPerShop(), stores.clock),
                stores.once, guard, delivery, authorization, auditor, stores.clock, events);
        manual = new ManualPaymentService(
                new PaymentSubmission(settings, stores.sessions, guard, authorization, auditor, stores.clock,
                        stores.ids),
                new ProofIntake(settings, stores.sessions, stores.proofs, admins, authorization, auditor, stores.clock),
                new PaymentApproval(settings, stores.sessions, stores.keys, guard, delivery, admins, authorization,
                        auditor, stores.clock, events),
                new PaymentClosing(stores.sessions, stores.keys, guard, buyers, admins, authorization, auditor,
                        stores.clock, events),
                new PaymentExpiry(settings, stores.sessions, buyers, admins, auditor, stores.clock),
                new PaymentRecords(stores.sessions, stores.proofs, authorization, stores.clock));
        StorefrontService storefront = new StorefrontService(settings, stores.visits, guard, authorization, auditor,
                stores.clock, stores.ids);
        inventory = new InventoryService(stores.keys, settings, authorization, auditor, stores.clock, lockdown, events);
        KeyRequestDeliveries requestDeliveries = new KeyRequestDeliveries(stores.keys, stores.requests, buyers,
                auditor, stores.clock);
        keyRequests = new KeyRequestService(new KeyRequestIntake(stores.keys, stores.requests, settings, authorization,
                auditor, stores.clock, stores.ids, lockdown, events, admins), new KeyRequestDecisions(stores.keys,
                stores.requests, settings, authorization, auditor, stores.clock, events, requestDeliveries),
                requestDeliveries);
        AuditService audit = new AuditService(stores.audit, authorization);
        CooldownService cooldowns = new CooldownService(cooldownBook, authorization, auditor, stores.clock);
        SalesReportService reports = new SalesReportService(stores.keys, stores.sales, settings, authorization,
                stores.clock);
        BotWiring wiring = BotWiring.of(new BotWiring.UseCases(tickets, catalog, robux, manual, storefront, delivery,
                inventory, reports, keyRequests, lockdown, audit, cooldowns), messages, settings, stores.discord, embeds,
                handlers, shopGuildIds, stores.clock);
        router = wiring.router();
        uploads = wiring.uploads();
        deletions = wiring.deletions();
    }

    /** Everything rebuilt over the same stores and fake Discord. */
    public BotFixture restarted() {
        return new BotFixture(stores, handlers, shopGuildIds, shop);
    }

    /** Adds keys of a type to the stock. */
    public BotFixture stock(LicenseTypeCode type, int count) {
        stores.keys.insertAll(TestKeys.inStock(stores.nextKey, count, type, stores.clock.instant()));
        stores.nextKey += count;
        stock.refresh();
        return this;
    }
}
