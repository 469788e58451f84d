package org.awpt.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.event.Reaction;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.BuyerLanguageStore;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.ExpiryReminderNotifier;
import org.awpt.application.port.IdSource;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LicensedRoleGateway;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.StockListener;
import org.awpt.application.port.StorefrontVisitRepository;
import org.awpt.application.port.TicketArchive;
import org.awpt.application.port.TicketChannels;
import org.awpt.application.shared.SecureRandomIdSource;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.storefront.StorefrontCatalog;
import org.awpt.application.ticket.TicketPolicy;

/**
 * Collects the outbound ports and settings of a {@link Shop}. Every store and notifier is required;
 * {@link #build()} names all that are missing in one error. The rest has a default: the system UTC
 * clock, secure random ids, no storefront, no licensed role, no stock listener or further reaction, reminders two days
 * before a license ends, the default {@link TicketPolicy}.
 */
public final class ShopBuilder {
    final ShopSettings settings;
    LicenseKeyRepository licenseKeys;
    PaymentSessionRepository paymentSessions;
    KeyRequestRepository keyRequests;
    StorefrontVisitRepository storefrontVisits;
    OnceRegistry onceRegistry;
    AuditLog auditLog;
    LockdownStore lockdowns;
    CooldownStore cooldowns;
    BuyerLanguageStore buyerLanguages;
    ProofStore proofs;
    RobloxGateway roblox;
    RobloxCallBudget robloxCallBudget;
    BuyerNotifier buyerNotifier;
    AdminNotifier adminNotifier;
    ExpiryReminderNotifier expiryReminders;
    SalesFeed salesFeed;
    SalesLedger salesLedger;
    PurchaseTicketRepository purchaseTickets;
    TicketChannels ticketChannels;
    TicketArchive ticketArchive;
    TicketPolicy ticketPolicy = TicketPolicy.defaults();
    Clock clock = Clock.systemUTC();
    IdSource ids;
    StorefrontCatalog storefronts = StorefrontCatalog.none();
    Optional<LicensedRoleGateway> licensedRole = Optional.empty();
    final List<StockListener> stockListeners = new ArrayList<>();
    final List<Reaction<?>> reactions = new ArrayList<>();
    Duration reminderLead = Duration.ofDays(2);

    ShopBuilder(ShopSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The key inventory. */
    public ShopBuilder licenseKeys(LicenseKeyRepository repository) {
        this.licenseKeys = Objects.requireNonNull(repository, "licenseKeys");
        return this;
    }

    /** Manual payment sessions. */
    public ShopBuilder paymentSessions(PaymentSessionRepository repository) {
        this.paymentSessions = Objects.requireNonNull(repository, "paymentSessions");
        return this;
    }

    /** Support key requests. */
    public ShopBuilder keyRequests(KeyRequestRepository repository) {
        this.keyRequests = Objects.requireNonNull(repository, "keyRequests");
        return this;
    }

    /** Storefront visits (links handed out to buyers). */
    public ShopBuilder storefrontVisits(StorefrontVisitRepository repository) {
        this.storefrontVisits = Objects.requireNonNull(repository, "storefrontVisits");
        return this;
    }

    /** Once-marks of the steps that must happen once (a payout, a reminder, a storefront delivery). */
    public ShopBuilder onceRegistry(OnceRegistry registry) {
        this.onceRegistry = Objects.requireNonNull(registry, "onceRegistry");
        return this;
    }

    /** The audit log. */
    public ShopBuilder auditLog(AuditLog log) {
        this.auditLog = Objects.requireNonNull(log, "auditLog");
        return this;
    }

    /** Lockdown switches. */
    public ShopBuilder lockdowns(LockdownStore store) {
        this.lockdowns = Objects.requireNonNull(store, "lockdowns");
        return this;
    }

    /** Cooldown marks. */
    public ShopBuilder cooldowns(CooldownStore store) {
        this.cooldowns = Objects.requireNonNull(store, "cooldowns");
        return this;
    }

    /** Where the language each buyer's Discord client last reported is kept; without it, in memory only. */
    public ShopBuilder buyerLanguages(BuyerLanguageStore store) {
        this.buyerLanguages = Objects.requireNonNull(store, "buyerLanguages");
        return this;
    }

    /** Proofs of payment uploaded for manual payments. */
    public ShopBuilder proofs(ProofStore store) {
        this.proofs = Objects.requireNonNull(store, "proofs");
        return this;
    }

    /** Roblox, which Robux purchases are verified against. */
    public ShopBuilder roblox(RobloxGateway gateway) {
        this.roblox = Objects.requireNonNull(gateway, "roblox");
        return this;
    }

    /** How many Roblox look-ups buyers and the shop may make. */
    public ShopBuilder robloxCallBudget(RobloxCallBudget budget) {
        this.robloxCallBudget = Objects.requireNonNull(budget, "robloxCallBudget");
        return this;
    }

    /** How buyers are told (their keys, their payments). */
    public ShopBuilder buyerNotifier(BuyerNotifier notifier) {
        this.buyerNotifier = Objects.requireNonNull(notifier, "buyerNotifier");
        return this;
    }

    /** How admins are told (payments to review, requests, stock alerts). */
    public ShopBuilder adminNotifier(AdminNotifier notifier) {
        this.adminNotifier = Objects.requireNonNull(notifier, "adminNotifier");
        return this;
    }

    /** How license holders are reminded that their license ends soon. */
    public ShopBuilder expiryReminders(ExpiryReminderNotifier notifier) {
        this.expiryReminders = Objects.requireNonNull(notifier, "expiryReminders");
        return this;
    }

    /** Where every completed sale is announced (one line per sale). */
    public ShopBuilder salesFeed(SalesFeed feed) {
        this.salesFeed = Objects.requireNonNull(feed, "salesFeed");
        return this;
    }

    /** Where every completed sale is kept with its method and amount, for revenue reports. */
    public ShopBuilder salesLedger(SalesLedger ledger) {
        this.salesLedger = Objects.requireNonNull(ledger, "salesLedger");
        return this;
    }

    /** The clock every use case reads (default: the system UTC clock). */
    public ShopBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Where session, request and audit ids come from (default: {@link SecureRandomIdSource}). */
    public ShopBuilder ids(IdSource ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
        return this;
    }

    /** The storefronts whose dynamic deliveries the shop serves (default: none). */
    public ShopBuilder storefronts(StorefrontCatalog catalog) {
        this.storefronts = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /** The role license holders get while a license is active (default: no such role). */
    public ShopBuilder licensedRole(LicensedRoleGateway gateway) {
        this.licensedRole = Optional.of(gateway);
        return this;
    }

    /** Purchase tickets, kept across restarts. */
    public ShopBuilder purchaseTickets(PurchaseTicketRepository repository) {
        this.purchaseTickets = Objects.requireNonNull(repository, "purchaseTickets");
        return this;
    }

    /** Where purchase tickets live (private channels of the chat the shop sells in). */
    public ShopBuilder ticketChannels(TicketChannels channels) {
        this.ticketChannels = Objects.requireNonNull(channels, "ticketChannels");
        return this;
    }

    /** Where the transcripts of closed tickets go (the ticket log, the buyer's copy). */
    public ShopBuilder ticketArchive(TicketArchive archive) {
        this.ticketArchive = Objects.requireNonNull(archive, "ticketArchive");
        return this;
    }

    /** When tickets close by themselves and how soon a closed ticket's channel goes (default: {@link TicketPolicy#defaults()}). */
    public ShopBuilder ticketPolicy(TicketPolicy policy) {
        this.ticketPolicy = Objects.requireNonNull(policy, "ticketPolicy");
        return this;
    }

    /** Hears of every stock change, after the admins are told (several may be added). */
    public ShopBuilder stockListener(StockListener listener) {
        stockListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** One more reaction to the shop's events, run after the shop's own (several may be added). */
    public ShopBuilder reaction(Reaction<?> reaction) {
        reactions.add(Objects.requireNonNull(reaction, "reaction"));
        return this;
    }

    /** How long before a license ends its holder is reminded (default: two days). */
    public ShopBuilder reminderLead(Duration lead) {
        this.reminderLead = Objects.requireNonNull(lead, "lead");
        return this;
    }

    /**
     * The shop over these ports, every use case wired once.
     *
     * @throws IllegalStateException naming every required port not given
     */
    public Shop build() {
        List<String> missing = new ArrayList<>();
        requirePort(missing, licenseKeys, "licenseKeys");
        requirePort(missing, paymentSessions, "paymentSessions");
        requirePort(missing, keyRequests, "keyRequests");
        requirePort(missing, storefrontVisits, "storefrontVisits");
        requirePort(missing, onceRegistry, "onceRegistry");
        requirePort(missing, auditLog, "auditLog");
        requirePort(missing, lockdowns, "lockdowns");
        requirePort(missing, cooldowns, "cooldowns");
        requirePort(missing, proofs, "proofs");
        requirePort(missing, roblox, "roblox");
        requirePort(missing, robloxCallBudget, "robloxCallBudget");
        requirePort(missing, buyerNotifier, "buyerNotifier");
        requirePort(missing, adminNotifier, "adminNotifier");
        requirePort(missing, expiryReminders, "expiryReminders");
        requirePort(missing, salesFeed, "salesFeed");
        requirePort(missing, salesLedger, "salesLedger");
        requirePort(missing, purchaseTickets, "purchaseTickets");
        requirePort(missing, ticketChannels, "ticketChannels");
        requirePort(missing, ticketArchive, "ticketArchive");
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The shop cannot be built without these ports: " + String.join(", ", missing));
        }
        return new Shop(this);
    }

    private static void requirePort(List<String> missing, Object port, String name) {
        if (port == null) {
            missing.add(name);
        }
    }
}
