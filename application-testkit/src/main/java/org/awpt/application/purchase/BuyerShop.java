package org.awpt.application.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.awpt.application.Shop;
import org.awpt.application.ShopBuilder;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.Reaction;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.FakeRobloxGateway;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.InMemoryCooldownStore;
import org.awpt.application.fake.InMemoryLicenseKeyRepository;
import org.awpt.application.fake.InMemoryLockdownStore;
import org.awpt.application.fake.InMemoryOnceRegistry;
import org.awpt.application.fake.InMemoryPaymentSessionRepository;
import org.awpt.application.fake.InMemoryProofStore;
import org.awpt.application.fake.InMemoryRobloxCallBudget;
import org.awpt.application.fake.InMemoryStorefrontVisitRepository;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.RecordingAdminNotifier;
import org.awpt.application.fake.RecordingBuyerNotifier;
import org.awpt.application.fake.RecordingSalesFeed;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.fake.TestKeys;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.RateLimit;
import org.awpt.application.shared.ShopLimits;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.testkit.InMemoryShop;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Feature;
import org.awpt.domain.access.Lockdown;
import org.awpt.domain.access.Requester;
import org.awpt.domain.event.ShopEvent;
import org.awpt.domain.event.StockChanged;
import org.awpt.domain.license.LicenseKey;
import org.awpt.domain.license.LicenseTypeCode;

/**
 * The buyer side of a shop over in-memory fakes, for use-case tests: an {@link InMemoryShop}'s
 * {@link Shop} (so the same wiring as production) with its fakes as fields, every published event
 * recorded and every {@link StockChanged} counted. {@link #restarted()} builds a new shop over the same
 * stores, as a process restart would.
 */
public final class BuyerShop {
    /** An admin. */
    public static final DiscordUserId ADMIN = new DiscordUserId(1_000);
    /** Another admin. */
    public static final DiscordUserId OTHER_ADMIN = new DiscordUserId(1_001);
    /** A buyer. */
    public static final DiscordUserId BUYER = new DiscordUserId(2_000);
    /** Another buyer. */
    public static final DiscordUserId OTHER_BUYER = new DiscordUserId(2_001);
    /** Admins by user id. */
    public static final AccessPolicy ACCESS = new AccessPolicy(Set.of(ADMIN, OTHER_ADMIN), Set.of(), Set.of(), Set.of());
    /** The shop's start time. */
    public static final Instant START = MutableClock.DEFAULT_START;
    /** The first bytes of a PNG image. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    /** The shop over the fakes, every use case wired as in production. */
    public final Shop core;
    /** The clock every service reads; move it to let time pass. */
    public final MutableClock clock;
    /** Predictable ids for sessions, audit events and visits. */
    public final SequentialIdSource ids;
    /** The key inventory. */
    public final InMemoryLicenseKeyRepository keys;
    /** Manual payment sessions. */
    public final InMemoryPaymentSessionRepository sessions;
    /** Storefront visits. */
    public final InMemoryStorefrontVisitRepository visits;
    /** The audit log. */
    public final InMemoryAuditLog audit;
    /** Lockdown switches. */
    public final InMemoryLockdownStore lockdowns;
    /** Cooldown marks. */
    public final InMemoryCooldownStore cooldowns;
    /** Uploaded payment proofs. */
    public final InMemoryProofStore proofs;
    /** The Roblox world the Robux purchases are verified against. */
    public final FakeRobloxGateway roblox;
    /** The Roblox look-up budgets, by the settings' limits. */
    public final InMemoryRobloxCallBudget robloxBudget;
    /** Once-marks of the idempotent steps. */
    public final InMemoryOnceRegistry once;
    /** What the buyers were told. */
    public final RecordingBuyerNotifier buyers;
    /** What the admins were told. */
    public final RecordingAdminNotifier admins;
    /** What the sales feed was told. */
    public final RecordingSalesFeed sales;
    /** The shop settings. */
    public final ShopSettings settings;
    /** How many {@link StockChanged} events were published (a claim or a release). */
    public final AtomicInteger inventoryChanges;
    /** Every event published, oldest first. */
    public final List<ShopEvent> published;
    /** The authorization rules of the settings' access policy. */
    public final Authorization authorization;
    /** An auditor over the same audit log, ids and clock, for tests that write audit events directly. */
    public final Auditor auditor;
    /** A purchase guard over the same stores (lockdowns, cooldowns, stock), for tests that check a rule directly. */
    public final PurchaseGuard guard;
    /** Stock levels; a level change alerts the admins. */
    public final StockUseCase stock;
    /** The shop's reactions to its events (stock alerts, the sales feed), with a recorder and a counter. */
    public final EventDispatcher events;
    /** Key delivery to buyers. */
    public final DeliveryUseCase delivery;
    /** The purchase catalog. */
    public final PurchaseCatalogUseCase catalog;
    /** Robux purchases. */
    public final RobuxPurchaseUseCase robux;
    /** Manual payments. */
    public final ManualPaymentUseCase manual;
    /** Storefront links. */
    public final StorefrontUseCase storefront;
    private final InMemoryShop fakes;
    private final UnaryOperator<ShopBuilder> more;
    private final AtomicInteger nextKey;

    /** A fresh shop with the example settings, no stock, admins {@link #ADMIN} and {@link #OTHER_ADMIN}. */
    public BuyerShop() {
        this(ExampleShop.settings(ACCESS));
    }

    /**
     * A fresh shop with the default settings but room for a thousand Roblox look-ups a minute, per buyer
     * and in all, for races of many verifications (the budgets themselves: {@code RobloxBudgetTest}).
     */
    public static BuyerShop withRoomyRobloxBudgets() {
        RateLimit roomy = new RateLimit(1_000, Duration.ofMinutes(1));
        return new BuyerShop(ExampleShop.settings(ACCESS).withLimits(ShopLimits.defaults().withRoblox(roomy, roomy)));
    }

    /** A fresh shop with these settings and no stock. */
    public BuyerShop(ShopSettings settings) {
        this(settings, builder -> builder);
    }

    /** A fresh shop with these settings and no stock; {@code more} adds to its ports (a storefront catalog). */
    public BuyerShop(ShopSettings settings, UnaryOperator<ShopBuilder> more) {
        this(null, settings, more, new AtomicInteger(), new CopyOnWriteArrayList<>(), new AtomicInteger(), () -> { });
    }

    private BuyerShop(InMemoryShop before, ShopSettings settings, UnaryOperator<ShopBuilder> more,
            AtomicInteger inventoryChanges, List<ShopEvent> published, AtomicInteger nextKey, Runnable alsoOnChange) {
        UnaryOperator<ShopBuilder> recorded = builder -> more.apply(builder
                .reaction(new Reaction<>(ShopEvent.class, "recording", published::add))
                .reaction(new Reaction<>(StockChanged.class, "counting", changed -> {
                    inventoryChanges.incrementAndGet();
                    alsoOnChange.run();
                })));
        fakes = before == null ? InMemoryShop.create(settings, recorded) : before.restarted(recorded);
        this.more = more;
        this.settings = settings;
        this.inventoryChanges = inventoryChanges;
        this.published = published;
        this.nextKey = nextKey;
        core = fakes.shop();
        clock = fakes.clock();
        ids = fakes.ids();
        keys = fakes.keys();
        sessions = fakes.sessions();
        visits = fakes.visits();
        audit = fakes.audit();
        lockdowns = fakes.lockdowns();
        cooldowns = fakes.cooldowns();
        proofs = fakes.proofs();
        roblox = fakes.roblox();
        robloxBudget = fakes.robloxBudget();
        once = fakes.once();
        buyers = fakes.buyers();
        admins = fakes.admins();
        sales = fakes.sales();
        authorization = core.authorization();
        auditor = new Auditor(audit, ids, clock);
        guard = new PurchaseGuard(settings, keys, lockdowns, cooldowns, clock);
        stock = core.stock();
        events = core.events();
        delivery = core.delivery();
        catalog = core.catalog();
        robux = core.robux();
        manual = core.manualPayments();
        storefront = core.storefronts();
    }

    /** A new shop over the same stores, fakes and clock. */
    public BuyerShop restarted() {
        return withInventoryHook(() -> { });
    }

    /** A new shop over the same stores that also runs {@code hook} on each {@link StockChanged}. */
    public BuyerShop withInventoryHook(Runnable hook) {
        return new BuyerShop(fakes, settings, more, inventoryChanges, published, nextKey, hook);
    }

    /** The events of that type published so far, oldest first. */
    public <E extends ShopEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Adds {@code count} keys of a type to the stock. */
    public BuyerShop stock(LicenseTypeCode type, int count) {
        keys.insertAll(TestKeys.inStock(nextKey.getAndAdd(count), count, type, clock.instant()));
        return this;
    }

    /** Locks a payment method down. */
    public void lock(String methodCode) {
        lockdowns.save(new Lockdown(Feature.paymentMethod(methodCode), true, ADMIN, clock.instant(), "maintenance"));
    }

    /** Someone asking with no server roles. */
    public static Requester as(DiscordUserId user) {
        return Requester.of(user);
    }

    /** Checks that no audit event holds the full code of any key in the inventory. */
    public void assertNoFullKeyInAudit() {
        var codes = keys.list(org.awpt.application.port.KeyFilter.ALL, 0, Integer.MAX_VALUE).stream()
                .map(LicenseKey::code).toList();
        assertThat(audit.mentioningFullCodes(codes)).isEmpty();
    }
}
