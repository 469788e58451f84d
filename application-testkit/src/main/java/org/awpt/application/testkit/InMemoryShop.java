package org.awpt.application.testkit;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.awpt.application.Shop;
import org.awpt.application.ShopBuilder;
import org.awpt.application.fake.ExampleShop;
import org.awpt.application.fake.FakeRobloxGateway;
import org.awpt.application.fake.InMemoryAuditLog;
import org.awpt.application.fake.InMemoryBuyerLanguageStore;
import org.awpt.application.fake.InMemoryCooldownStore;
import org.awpt.application.fake.InMemoryKeyRequestRepository;
import org.awpt.application.fake.InMemoryLicenseKeyRepository;
import org.awpt.application.fake.InMemoryLockdownStore;
import org.awpt.application.fake.InMemoryOnceRegistry;
import org.awpt.application.fake.InMemoryPaymentSessionRepository;
import org.awpt.application.fake.InMemoryProofStore;
import org.awpt.application.fake.InMemoryPurchaseTicketRepository;
import org.awpt.application.fake.InMemoryRobloxCallBudget;
import org.awpt.application.fake.InMemorySalesLedger;
import org.awpt.application.fake.InMemoryStorefrontVisitRepository;
import org.awpt.application.fake.InMemoryTicketChannels;
import org.awpt.application.fake.MutableClock;
import org.awpt.application.fake.RecordingAdminNotifier;
import org.awpt.application.fake.RecordingBuyerNotifier;
import org.awpt.application.fake.RecordingExpiryReminderNotifier;
import org.awpt.application.fake.RecordingSalesFeed;
import org.awpt.application.fake.RecordingTicketArchive;
import org.awpt.application.fake.SequentialIdSource;
import org.awpt.application.roblox.RobloxUser;
import org.awpt.application.shared.ShopSettings;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.RobloxUserId;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.license.LicenseTypeCode;
import org.awpt.domain.pricing.GamePass;

/**
 * A ready {@link Shop} over the in-memory fakes, with a handle on each fake to arrange a case and to
 * inspect what happened: the keys, what buyers and admins were told, the audit log, the clock, the
 * Roblox world.
 *
 * <pre>{@code
 * InMemoryShop fakes = InMemoryShop.create();
 * fakes.shop().inventory().importKeys(new ImportKeys(Requester.of(InMemoryShop.ADMIN), WEEKLY, keyFile));
 * String account = fakes.robloxBuyerOf(WEEKLY);
 * fakes.shop().robux().verify(new VerifyRobuxPurchase(Requester.of(buyer), WEEKLY, account, null));
 * assertThat(fakes.buyers().deliveredCodes()).hasSize(1);
 * }</pre>
 */
public final class InMemoryShop {
    /** The admin of the shop {@link #create()} builds. */
    public static final DiscordUserId ADMIN = new DiscordUserId(1_000);

    private final Fakes fakes;
    private final Shop shop;

    private InMemoryShop(ShopSettings settings, Fakes fakes, UnaryOperator<ShopBuilder> more) {
        this.fakes = fakes;
        shop = more.apply(Shop.builder(settings)
                .licenseKeys(fakes.keys).paymentSessions(fakes.sessions).keyRequests(fakes.keyRequests)
                .storefrontVisits(fakes.visits).onceRegistry(fakes.once).auditLog(fakes.audit)
                .lockdowns(fakes.lockdowns).cooldowns(fakes.cooldowns).buyerLanguages(fakes.buyerLanguages).proofs(fakes.proofs).roblox(fakes.roblox)
                .robloxCallBudget(fakes.robloxBudget).buyerNotifier(fakes.buyers).adminNotifier(fakes.admins)
                .expiryReminders(fakes.reminders).salesFeed(fakes.sales).salesLedger(fakes.ledger).purchaseTickets(fakes.tickets)
                .ticketChannels(fakes.ticketChannels).ticketArchive(fakes.ticketArchive).clock(fakes.clock).ids(fakes.ids)).build();
    }

    /**
     * The specification's shop (its types and prices, the original's payment methods and gamepasses from
     * {@link ExampleShop}) with {@link #ADMIN} as its admin.
     */
    public static InMemoryShop create() {
        return create(ExampleShop.settings(new AccessPolicy(Set.of(ADMIN), Set.of(), Set.of(), Set.of())));
    }

    /** A shop with these settings. */
    public static InMemoryShop create(ShopSettings settings) {
        return create(settings, builder -> builder);
    }

    /**
     * A shop with these settings; {@code more} may set what has no fake here (storefronts, a licensed
     * role, stock listeners) or replace a fake with a port of your own.
     */
    public static InMemoryShop create(ShopSettings settings, UnaryOperator<ShopBuilder> more) {
        return new InMemoryShop(settings, new Fakes(settings), more);
    }

    /**
     * A new shop over the same fakes, clock and ids, as a process restart would build: every use case
     * anew, nothing kept but what the fakes hold. {@code more} as in {@link #create(ShopSettings, UnaryOperator)}
     * (what the first shop was given is not carried over).
     */
    public InMemoryShop restarted(UnaryOperator<ShopBuilder> more) {
        return new InMemoryShop(shop.settings(), fakes, more);
    }

    /** The shop: every use case. */
    public Shop shop() {
        return shop;
    }

    /**
     * Adds a Roblox account that owns the gamepass of {@code type}, as a buyer who paid in Robux has,
     * and returns its Roblox user id as a buyer would type it.
     */
    public String robloxBuyerOf(LicenseTypeCode type) {
        GamePass pass = shop.settings().gamePasses().forType(type)
                .orElseThrow(() -> new IllegalArgumentException("no gamepass sells " + type));
        long id = fakes.nextRobloxUser.getAndIncrement();
        RobloxUserId user = new RobloxUserId(id);
        fakes.roblox.addUser(new RobloxUser(user, "buyer_" + id, "Buyer " + id, false)).grant(user, pass.id(), id);
        return Long.toString(id);
    }

    /** The clock every use case reads; move it to let time pass. */
    public MutableClock clock() {
        return fakes.clock;
    }

    /** The ids handed out (sessions, requests, audit events, visits), in order. */
    public SequentialIdSource ids() {
        return fakes.ids;
    }

    /** The key inventory. */
    public InMemoryLicenseKeyRepository keys() {
        return fakes.keys;
    }

    /** Manual payment sessions. */
    public InMemoryPaymentSessionRepository sessions() {
        return fakes.sessions;
    }

    /** Support key requests. */
    public InMemoryKeyRequestRepository keyRequests() {
        return fakes.keyRequests;
    }

    /** Storefront visits. */
    public InMemoryStorefrontVisitRepository visits() {
        return fakes.visits;
    }

    /** Once-marks. */
    public InMemoryOnceRegistry once() {
        return fakes.once;
    }

    /** The audit log. */
    public InMemoryAuditLog audit() {
        return fakes.audit;
    }

    /** Lockdown switches. */
    public InMemoryLockdownStore lockdowns() {
        return fakes.lockdowns;
    }

    /** Cooldown marks. */
    public InMemoryCooldownStore cooldowns() {
        return fakes.cooldowns;
    }

    /** Buyers' languages. */
    public InMemoryBuyerLanguageStore buyerLanguages() {
        return fakes.buyerLanguages;
    }

    /** Uploaded proofs of payment. */
    public InMemoryProofStore proofs() {
        return fakes.proofs;
    }

    /** The fake purchase-ticket store. */
    public InMemoryPurchaseTicketRepository tickets() {
        return fakes.tickets;
    }

    /** The fake ticket channels (which channels were opened and deleted). */
    public InMemoryTicketChannels ticketChannels() {
        return fakes.ticketChannels;
    }

    /** The transcripts of closed tickets, as kept in the ticket log and sent to buyers. */
    public RecordingTicketArchive ticketArchive() {
        return fakes.ticketArchive;
    }

    /** The Roblox world purchases are verified against. */
    public FakeRobloxGateway roblox() {
        return fakes.roblox;
    }

    /** The Roblox look-up budgets, by the settings' limits. */
    public InMemoryRobloxCallBudget robloxBudget() {
        return fakes.robloxBudget;
    }

    /** What buyers were told (keys delivered, payments closed). */
    public RecordingBuyerNotifier buyers() {
        return fakes.buyers;
    }

    /** What admins were told (payments to review, stock alerts, fall-backs). */
    public RecordingAdminNotifier admins() {
        return fakes.admins;
    }

    /** The expiry reminders sent. */
    public RecordingExpiryReminderNotifier reminders() {
        return fakes.reminders;
    }

    /** The sales posted to the sales feed. */
    public RecordingSalesFeed sales() {
        return fakes.sales;
    }

    /** Every completed sale, with its method and amount. */
    public InMemorySalesLedger ledger() {
        return fakes.ledger;
    }

    /** What a restart keeps: the stores, the recorders, the clock, the ids, the Roblox world. */
    private static final class Fakes {
        final MutableClock clock = new MutableClock();
        final SequentialIdSource ids = new SequentialIdSource();
        final InMemoryLicenseKeyRepository keys = new InMemoryLicenseKeyRepository();
        final InMemoryPaymentSessionRepository sessions = new InMemoryPaymentSessionRepository();
        final InMemoryKeyRequestRepository keyRequests = new InMemoryKeyRequestRepository();
        final InMemoryStorefrontVisitRepository visits = new InMemoryStorefrontVisitRepository();
        final InMemoryOnceRegistry once = new InMemoryOnceRegistry();
        final InMemoryAuditLog audit = new InMemoryAuditLog();
        final InMemoryLockdownStore lockdowns = new InMemoryLockdownStore();
        final InMemoryCooldownStore cooldowns = new InMemoryCooldownStore();
        final InMemoryBuyerLanguageStore buyerLanguages = new InMemoryBuyerLanguageStore();
        final InMemoryProofStore proofs = new InMemoryProofStore();
        final InMemoryPurchaseTicketRepository tickets = new InMemoryPurchaseTicketRepository();
        final InMemoryTicketChannels ticketChannels = new InMemoryTicketChannels();
        final RecordingTicketArchive ticketArchive = new RecordingTicketArchive();
        final FakeRobloxGateway roblox = new FakeRobloxGateway();
        final RecordingBuyerNotifier buyers = new RecordingBuyerNotifier();
        final RecordingAdminNotifier admins = new RecordingAdminNotifier();
        final RecordingExpiryReminderNotifier reminders = new RecordingExpiryReminderNotifier();
        final RecordingSalesFeed sales = new RecordingSalesFeed();
        final InMemorySalesLedger ledger = new InMemorySalesLedger();
        final AtomicLong nextRobloxUser = new AtomicLong(100_000);
        final InMemoryRobloxCallBudget robloxBudget;

        Fakes(ShopSettings settings) {
            robloxBudget = new InMemoryRobloxCallBudget(settings.limits().robloxCallsPerBuyer(),
                    settings.limits().robloxCallsPerShop(), clock);
        }
    }
}
