package org.awpt.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awpt.application.audit.AuditService;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.cooldown.CooldownService;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.delivery.DeliveryService;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.Reaction;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.inventory.InventoryService;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.language.BuyerLanguageService;
import org.awpt.application.language.BuyerLanguageUseCase;
import org.awpt.application.lifecycle.LicenseExpiryService;
import org.awpt.application.lifecycle.LicenseExpiryUseCase;
import org.awpt.application.lifecycle.LicenseLifecycleService;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.lockdown.LockdownService;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualOrderSettlement;
import org.awpt.application.manual.ManualPaymentService;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.manual.PaymentApproval;
import org.awpt.application.manual.PaymentClosing;
import org.awpt.application.manual.PaymentExpiry;
import org.awpt.application.manual.PaymentRecords;
import org.awpt.application.manual.PaymentSubmission;
import org.awpt.application.manual.ProofIntake;
import org.awpt.application.port.IdSource;
import org.awpt.application.purchase.PurchaseCatalogService;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.report.SalesReportService;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.robux.RobuxPurchaseService;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.SecureRandomIdSource;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockMonitor;
import org.awpt.application.stock.StockService;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.storefront.StorefrontDeliveryService;
import org.awpt.application.storefront.StorefrontDeliveryUseCase;
import org.awpt.application.storefront.StorefrontService;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestDecisions;
import org.awpt.application.support.KeyRequestDeliveries;
import org.awpt.application.support.KeyRequestIntake;
import org.awpt.application.support.KeyRequestService;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.application.ticket.PurchaseTicketService;
import org.awpt.application.ticket.PurchaseTicketUseCase;

/**
 * The shop's core, wired once: every use case over the outbound ports it was built with, sharing one
 * authorization, one auditor, one purchase guard, one stock monitor and one event dispatcher. The one place that knows
 * which service needs which port; the bot's Guice modules, the command line and an embedding program
 * all build it here.
 *
 * <pre>{@code
 * Shop shop = Shop.builder(settings)
 *         .licenseKeys(db.licenseKeys()).paymentSessions(db.paymentSessions()) // ... every port
 *         .build();
 * shop.inventory().importKeys(...);
 * }</pre>
 */
public final class Shop {
    private final ShopSettings settings;
    private final Authorization authorization;
    private final EventDispatcher events;
    private final StockUseCase stock;
    private final LockdownUseCase lockdown;
    private final CooldownUseCase cooldowns;
    private final AuditUseCase audit;
    private final LicenseLifecycleUseCase lifecycle;
    private final LicenseExpiryUseCase expiries;
    private final DeliveryUseCase delivery;
    private final InventoryUseCase inventory;
    private final SalesReportUseCase reports;
    private final KeyRequestUseCase keyRequests;
    private final PurchaseCatalogUseCase catalog;
    private final RobuxPurchaseUseCase robux;
    private final ManualPaymentUseCase manualPayments;
    private final StorefrontUseCase storefronts;
    private final StorefrontDeliveryUseCase storefrontDeliveries;
    private final PurchaseTicketUseCase tickets;
    private final BuyerLanguageUseCase buyerLanguages;

    Shop(ShopBuilder ports) {
        settings = ports.settings;
        var clock = ports.clock;
        IdSource ids = Objects.requireNonNullElseGet(ports.ids, SecureRandomIdSource::new);
        authorization = new Authorization(settings.access());
        var auditor = new Auditor(ports.auditLog, ids, clock);
        var guard = new PurchaseGuard(settings, ports.licenseKeys, ports.lockdowns, ports.cooldowns, clock);
        lockdown = new LockdownService(ports.lockdowns, settings, authorization, auditor, clock);
        var cooldownBook = new CooldownBook(ports.cooldowns, settings, clock);
        cooldowns = new CooldownService(cooldownBook, authorization, auditor, clock);
        audit = new AuditService(ports.auditLog, authorization);
        lifecycle = new LicenseLifecycleService(settings, ports.licenseKeys, ports.onceRegistry, ports.expiryReminders,
                ports.licensedRole, ports.reminderLead, clock);
        var monitor = new StockMonitor(ports.licenseKeys, settings, auditor);
        tickets = new PurchaseTicketService(ports.purchaseTickets, ports.ticketChannels, ports.ticketArchive,
                ports.paymentSessions, cooldownBook, authorization, auditor, ports.ticketPolicy, clock);
        List<Reaction<?>> more = new ArrayList<>();
        // A delivered key also gives its holder the licensed role (nothing happens when the shop has none).
        more.add(ShopReactions.licensedRole(lifecycle));
        // An ended license takes the role back at once (the role round remains for revoked keys).
        more.add(ShopReactions.licensedRoleTakenOnExpiry(lifecycle));
        // A key delivered to a buyer ends the count of tickets they opened (the open_ticket cooldown).
        more.add(ShopReactions.openTicketCooldownCleared(cooldownBook));
        // Every completed sale is kept with its amount for the revenue reports.
        more.add(ShopReactions.salesLedger(ports.salesLedger));
        // A delivered purchase closes its ticket after the ticket policy's delay.
        more.add(ShopReactions.purchaseTicketDelivered(tickets));
        more.addAll(ports.reactions);
        events = ShopReactions.dispatcher(monitor, ports.adminNotifier, ports.stockListeners, ports.salesFeed, more);
        stock = new StockService(monitor, events);
        expiries = new LicenseExpiryService(ports.licenseKeys, ports.onceRegistry, events, clock);
        // A key claimed for a manual payment is told only once its session is approved.
        delivery = new DeliveryService(settings, ports.licenseKeys, ports.buyerNotifier, ports.adminNotifier,
                new ManualOrderSettlement(ports.paymentSessions), auditor, clock, events);
        inventory = new InventoryService(ports.licenseKeys, settings, authorization, auditor, clock, lockdown, events);
        reports = new SalesReportService(ports.licenseKeys, ports.salesLedger, settings, authorization, clock);
        var requestDeliveries = new KeyRequestDeliveries(ports.licenseKeys, ports.keyRequests, ports.buyerNotifier,
                auditor, clock);
        keyRequests = new KeyRequestService(
                new KeyRequestIntake(ports.licenseKeys, ports.keyRequests, settings, authorization, auditor, clock, ids,
                        lockdown, events, ports.adminNotifier),
                new KeyRequestDecisions(ports.licenseKeys, ports.keyRequests, settings, authorization, auditor, clock,
                        events, requestDeliveries),
                requestDeliveries);
        catalog = new PurchaseCatalogService(settings, guard);
        robux = new RobuxPurchaseService(settings, ports.licenseKeys, ports.roblox, ports.robloxCallBudget,
                ports.onceRegistry, guard, delivery, authorization, auditor, clock, events);
        manualPayments = new ManualPaymentService(
                new PaymentSubmission(settings, ports.paymentSessions, guard, authorization, auditor, clock, ids),
                new ProofIntake(settings, ports.paymentSessions, ports.proofs, ports.adminNotifier, authorization,
                        auditor, clock),
                new PaymentApproval(settings, ports.paymentSessions, ports.licenseKeys, guard, delivery,
                        ports.adminNotifier, authorization, auditor, clock, events),
                new PaymentClosing(ports.paymentSessions, ports.licenseKeys, guard, ports.buyerNotifier,
                        ports.adminNotifier, authorization, auditor, clock, events),
                new PaymentExpiry(settings, ports.paymentSessions, ports.buyerNotifier, ports.adminNotifier, auditor,
                        clock),
                new PaymentRecords(ports.paymentSessions, ports.proofs, authorization, clock));
        storefronts = new StorefrontService(settings, ports.storefrontVisits, guard, authorization, auditor, clock,
                ids);
        storefrontDeliveries = new StorefrontDeliveryService(settings, ports.storefronts, ports.licenseKeys, guard,
                delivery, ports.adminNotifier, ports.onceRegistry, auditor, clock, events);
        buyerLanguages = new BuyerLanguageService(Optional.ofNullable(ports.buyerLanguages));
    }

    /** A builder over these settings; give it every port, then {@link ShopBuilder#build()}. */
    public static ShopBuilder builder(ShopSettings settings) {
        return new ShopBuilder(settings);
    }

    /** The settings the shop was built with. */
    public ShopSettings settings() {
        return settings;
    }

    /** Who may do what, from the settings' access policy; adapters ask it to show or hide admin controls. */
    public Authorization authorization() {
        return authorization;
    }

    /** Keys: import, statistics, list, search, export, revoke, lookup. */
    public InventoryUseCase inventory() {
        return inventory;
    }

    /** Transactions and revenue over a period, and the sales export. */
    public SalesReportUseCase reports() {
        return reports;
    }

    /** Robux purchases verified through Roblox, and their payout cycles. */
    public RobuxPurchaseUseCase robux() {
        return robux;
    }

    /** Manual payments: sessions, proofs, admin approval. */
    public ManualPaymentUseCase manualPayments() {
        return manualPayments;
    }

    /** Storefront links handed to buyers. */
    public StorefrontUseCase storefronts() {
        return storefronts;
    }

    /** Signed storefront deliveries (the storefronts' dynamic-delivery webhooks). */
    public StorefrontDeliveryUseCase storefrontDeliveries() {
        return storefrontDeliveries;
    }

    /**
     * Purchase tickets: a buyer's private channel from "Buy a license" to its close (by hand, or by the
     * ticket policy after a delivery or when idle), its transcript kept.
     */
    public PurchaseTicketUseCase tickets() {
        return tickets;
    }

    /** The purchase catalog a buyer chooses from. */
    public PurchaseCatalogUseCase catalog() {
        return catalog;
    }

    /** Telling buyers their keys, with retries. */
    public DeliveryUseCase delivery() {
        return delivery;
    }

    /** Support key requests and their approval. */
    public KeyRequestUseCase keyRequests() {
        return keyRequests;
    }

    /**
     * The shop's reactions to its events (stock recount and alerts, stock listeners, the sales feed,
     * the licensed role given on delivery and taken on expiry, the {@code open_ticket} cooldown cleared by a
     * delivery, the sales ledger, the purchase ticket's delivery, then any
     * added with {@link ShopBuilder#reaction}), in the order they run.
     */
    public EventDispatcher events() {
        return events;
    }

    /** Stock levels and alerts. */
    public StockUseCase stock() {
        return stock;
    }

    /** Lockdown switches. */
    public LockdownUseCase lockdown() {
        return lockdown;
    }

    /** Cooldowns. */
    public CooldownUseCase cooldowns() {
        return cooldowns;
    }

    /** The audit log, for admins. */
    public AuditUseCase audit() {
        return audit;
    }

    /** Expiry reminders and the licensed role. */
    public LicenseLifecycleUseCase lifecycle() {
        return lifecycle;
    }

    /** The language each buyer reads, as their Discord client last reported it. */
    public BuyerLanguageUseCase buyerLanguages() {
        return buyerLanguages;
    }

    /** Ended licenses announced as {@link org.awpt.domain.event.LicenseExpired}, once each. */
    public LicenseExpiryUseCase expiries() {
        return expiries;
    }
}
