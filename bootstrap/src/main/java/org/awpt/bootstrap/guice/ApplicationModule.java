package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.awpt.application.audit.AuditService;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownBook;
import org.awpt.application.cooldown.CooldownService;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.delivery.DeliveryService;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.Reaction;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.event.ShopReactions;
import org.awpt.application.inventory.InventoryService;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lockdown.LockdownService;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualOrderSettlement;
import org.awpt.application.manual.ManualPaymentService;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.AuditLog;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.CooldownStore;
import org.awpt.application.port.IdSource;
import org.awpt.application.port.KeyRequestRepository;
import org.awpt.application.port.LicenseKeyRepository;
import org.awpt.application.port.LockdownStore;
import org.awpt.application.port.OnceRegistry;
import org.awpt.application.port.PaymentSessionRepository;
import org.awpt.application.port.ProofStore;
import org.awpt.application.port.RobloxCallBudget;
import org.awpt.application.port.RobloxGateway;
import org.awpt.application.port.SalesFeed;
import org.awpt.application.port.SalesLedger;
import org.awpt.application.port.StockListener;
import org.awpt.application.port.StorefrontVisitRepository;
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
import org.awpt.application.stock.StockService;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.storefront.StorefrontService;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.report.SalesReportService;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.support.KeyRequestService;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.bootstrap.config.AdminRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use cases of the shop bound to their services, over the outbound ports that the adapter
 * modules bind. Production time is {@link Clock#systemUTC()} and ids come from
 * {@link SecureRandomIdSource}; tests replace either with {@code Modules.override}. Services publish
 * to one {@link EventDispatcher} ({@link ShopReactions}); adapters that want to hear about stock level
 * changes add a {@link StockListener} to its set binder, other reactions a {@link Reaction}.
 */
public final class ApplicationModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationModule.class);
    private final ShopSettings settings;

    /** The application for a shop with these settings. */
    public ApplicationModule(ShopSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(ShopSettings.class).toInstance(settings);
        bind(Clock.class).toInstance(Clock.systemUTC());
        Multibinder.newSetBinder(binder(), StockListener.class);
        Multibinder.newSetBinder(binder(), new TypeLiteral<Reaction<?>>() { });
    }

    @Provides
    @Singleton
    IdSource idSource() {
        return new SecureRandomIdSource();
    }

    @Provides
    @Singleton
    Authorization authorization() {
        LOG.info(AdminRule.describe(settings.access()));
        return new Authorization(AdminRule.effective(settings.access()));
    }

    @Provides
    @Singleton
    Auditor auditor(AuditLog log, IdSource ids, Clock clock) {
        return new Auditor(log, ids, clock);
    }

    @Provides
    @Singleton
    PurchaseGuard purchaseGuard(LicenseKeyRepository keys, LockdownStore lockdowns, CooldownStore cooldowns,
            Clock clock) {
        return new PurchaseGuard(settings, keys, lockdowns, cooldowns, clock);
    }

    @Provides
    @Singleton
    StockMonitor stockMonitor(LicenseKeyRepository keys, Auditor auditor) {
        return new StockMonitor(keys, settings, auditor);
    }

    @Provides
    @Singleton
    EventDispatcher dispatcher(StockMonitor monitor, AdminNotifier admins, Set<StockListener> listeners,
            SalesFeed sales, Set<Reaction<?>> reactions) {
        return ShopReactions.dispatcher(monitor, admins, List.copyOf(listeners), sales, reactions);
    }

    @Provides
    ShopEvents events(EventDispatcher dispatcher) {
        return dispatcher;
    }

    @Provides
    @Singleton
    StockUseCase stock(StockMonitor monitor, ShopEvents events) {
        return new StockService(monitor, events);
    }

    @Provides
    @Singleton
    LockdownUseCase lockdown(LockdownStore store, Authorization authorization, Auditor auditor, Clock clock) {
        return new LockdownService(store, settings, authorization, auditor, clock);
    }

    @Provides
    @Singleton
    CooldownUseCase cooldown(CooldownStore store, Authorization authorization, Auditor auditor, Clock clock) {
        return new CooldownService(new CooldownBook(store, settings, clock), authorization, auditor, clock);
    }

    @Provides
    @Singleton
    AuditUseCase audit(AuditLog log, Authorization authorization) {
        return new AuditService(log, authorization);
    }

    @Provides
    @Singleton
    DeliveryUseCase delivery(LicenseKeyRepository keys, BuyerNotifier buyers, AdminNotifier admins,
            PaymentSessionRepository sessions, Auditor auditor, Clock clock, ShopEvents events) {
        // A key claimed for a manual payment is told only once its session is approved.
        return new DeliveryService(settings, keys, buyers, admins, new ManualOrderSettlement(sessions), auditor, clock,
                events);
    }

    @Provides
    @Singleton
    InventoryUseCase inventory(LicenseKeyRepository keys, Authorization authorization, Auditor auditor, Clock clock,
            LockdownUseCase lockdown, ShopEvents events) {
        return new InventoryService(keys, settings, authorization, auditor, clock, lockdown, events);
    }

    @Provides
    @Singleton
    SalesReportUseCase reports(LicenseKeyRepository keys, SalesLedger ledger, Authorization authorization,
            Clock clock) {
        return new SalesReportService(keys, ledger, settings, authorization, clock);
    }

    /** Every completed sale goes to the ledger, wherever the shop runs (the bot, the command line, the web hooks). */
    @ProvidesIntoSet
    Reaction<?> salesLedger(SalesLedger ledger) {
        return ShopReactions.salesLedger(ledger);
    }

    @Provides
    @Singleton
    KeyRequestUseCase keyRequests(LicenseKeyRepository keys, KeyRequestRepository requests,
            Authorization authorization, Auditor auditor, Clock clock, IdSource ids, LockdownUseCase lockdown,
            ShopEvents events, AdminNotifier admins, BuyerNotifier notifier) {
        return new KeyRequestService(keys, requests, settings, authorization, auditor, clock, ids, lockdown, events,
                admins, notifier);
    }

    @Provides
    @Singleton
    PurchaseCatalogUseCase catalog(PurchaseGuard guard) {
        return new PurchaseCatalogService(settings, guard);
    }

    @Provides
    @Singleton
    RobuxPurchaseUseCase robux(LicenseKeyRepository keys, RobloxGateway roblox, RobloxCallBudget budget,
            OnceRegistry once, PurchaseGuard guard, DeliveryUseCase delivery, Authorization authorization,
            Auditor auditor, Clock clock, ShopEvents events) {
        return new RobuxPurchaseService(settings, keys, roblox, budget, once, guard, delivery, authorization, auditor,
                clock, events);
    }

    @Provides
    @Singleton
    ManualPaymentUseCase manual(PaymentSessionRepository sessions, LicenseKeyRepository keys, ProofStore proofs,
            PurchaseGuard guard, DeliveryUseCase delivery, BuyerNotifier buyers, AdminNotifier admins,
            Authorization authorization, Auditor auditor, Clock clock, IdSource ids, ShopEvents events) {
        return new ManualPaymentService(settings, sessions, keys, proofs, guard, delivery, buyers, admins,
                authorization, auditor, clock, ids, events);
    }

    @Provides
    @Singleton
    StorefrontUseCase storefront(StorefrontVisitRepository visits, PurchaseGuard guard, Authorization authorization,
            Auditor auditor, Clock clock, IdSource ids) {
        return new StorefrontService(settings, visits, guard, authorization, auditor, clock, ids);
    }
}
