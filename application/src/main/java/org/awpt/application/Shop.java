package org.awpt.application;

import java.util.Objects;
import org.awpt.application.audit.AuditService;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.cooldown.CooldownService;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.delivery.DeliveryService;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.inventory.InventoryService;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lifecycle.LicenseLifecycleService;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.lifecycle.RoleGrantingBuyerNotifier;
import org.awpt.application.lockdown.LockdownService;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualOrderSettlement;
import org.awpt.application.manual.ManualPaymentService;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.IdSource;
import org.awpt.application.purchase.PurchaseCatalogService;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.purchase.PurchaseGuard;
import org.awpt.application.robux.RobuxPurchaseService;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.Auditor;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.SecureRandomIdSource;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockMonitor;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.storefront.StorefrontDeliveryService;
import org.awpt.application.storefront.StorefrontDeliveryUseCase;
import org.awpt.application.storefront.StorefrontService;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestService;
import org.awpt.application.support.KeyRequestUseCase;

/**
 * The shop's core, wired once: every use case over the outbound ports it was built with, sharing one
 * authorization, one auditor, one purchase guard and one stock monitor. The one place that knows
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
    private final StockMonitor stock;
    private final LockdownUseCase lockdown;
    private final CooldownUseCase cooldowns;
    private final AuditUseCase audit;
    private final LicenseLifecycleUseCase lifecycle;
    private final DeliveryUseCase delivery;
    private final InventoryUseCase inventory;
    private final KeyRequestUseCase keyRequests;
    private final PurchaseCatalogUseCase catalog;
    private final RobuxPurchaseUseCase robux;
    private final ManualPaymentUseCase manualPayments;
    private final StorefrontUseCase storefronts;
    private final StorefrontDeliveryUseCase storefrontDeliveries;

    Shop(ShopBuilder ports) {
        settings = ports.settings;
        var clock = ports.clock;
        IdSource ids = Objects.requireNonNullElseGet(ports.ids, SecureRandomIdSource::new);
        authorization = new Authorization(settings.access());
        var auditor = new Auditor(ports.auditLog, ids, clock);
        var guard = new PurchaseGuard(settings, ports.licenseKeys, ports.lockdowns, ports.cooldowns, clock);
        stock = new StockMonitor(ports.licenseKeys, settings, ports.adminNotifier, ports.stockListeners, auditor);
        // A claim or release can change a stock level: refresh, so admins and listeners hear of it at once.
        Runnable onInventoryChanged = stock::refresh;
        lockdown = new LockdownService(ports.lockdowns, settings, authorization, auditor, clock);
        cooldowns = new CooldownService(new CooldownBook(ports.cooldowns, settings, clock), authorization, auditor, clock);
        audit = new AuditService(ports.auditLog, authorization);
        lifecycle = new LicenseLifecycleService(settings, ports.licenseKeys, ports.onceRegistry, ports.expiryReminders,
                ports.licensedRole, ports.reminderLead, clock);
        // A delivered key also gives its holder the licensed role, when the shop has one.
        BuyerNotifier buyers = new RoleGrantingBuyerNotifier(ports.buyerNotifier, lifecycle);
        // A key claimed for a manual payment is told only once its session is approved.
        delivery = new DeliveryService(settings, ports.licenseKeys, buyers, ports.adminNotifier,
                new ManualOrderSettlement(ports.paymentSessions), auditor, clock, onInventoryChanged);
        inventory = new InventoryService(ports.licenseKeys, settings, authorization, auditor, clock, lockdown, stock);
        keyRequests = new KeyRequestService(ports.licenseKeys, ports.keyRequests, settings, authorization, auditor,
                clock, ids, lockdown, stock, ports.adminNotifier, buyers);
        catalog = new PurchaseCatalogService(settings, guard);
        robux = new RobuxPurchaseService(settings, ports.licenseKeys, ports.roblox, ports.robloxCallBudget,
                ports.onceRegistry, guard,
                delivery, authorization, auditor, clock, onInventoryChanged);
        manualPayments = new ManualPaymentService(settings, ports.paymentSessions, ports.licenseKeys, ports.proofs,
                guard, delivery, buyers, ports.adminNotifier, authorization, auditor, clock, ids, onInventoryChanged);
        storefronts = new StorefrontService(settings, ports.storefrontVisits, guard, authorization, auditor, clock,
                ids);
        storefrontDeliveries = new StorefrontDeliveryService(settings, ports.storefronts, ports.licenseKeys, guard,
                delivery, ports.adminNotifier, ports.onceRegistry, auditor, clock, onInventoryChanged);
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

    /** Keys: import, statistics, transactions, list, search, export, revoke, lookup. */
    public InventoryUseCase inventory() {
        return inventory;
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
}
