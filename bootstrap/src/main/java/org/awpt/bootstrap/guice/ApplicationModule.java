package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.awpt.application.Shop;
import org.awpt.application.ShopBuilder;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.event.EventDispatcher;
import org.awpt.application.event.Reaction;
import org.awpt.application.event.ShopEvents;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.language.BuyerLanguageUseCase;
import org.awpt.application.lifecycle.LicenseExpiryUseCase;
import org.awpt.application.lifecycle.LicenseLifecycleUseCase;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
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
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.Authorization;
import org.awpt.application.shared.SecureRandomIdSource;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.stock.StockUseCase;
import org.awpt.application.storefront.StorefrontCatalog;
import org.awpt.application.storefront.StorefrontDeliveryUseCase;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.awpt.application.ticket.TicketPolicy;
import org.awpt.bootstrap.config.AdminRule;

/**
 * The shop ({@link Shop}, which wires every use case) over the outbound ports that the adapter
 * modules bind, and each use case bound from it. Production time is {@link Clock#systemUTC()} and ids
 * come from {@link SecureRandomIdSource}; tests replace either with {@code Modules.override}. Services
 * publish to the shop's one {@link EventDispatcher}; adapters that want to hear about stock level
 * changes add a {@link StockListener} to its set binder, other reactions a {@link Reaction}.
 */
public final class ApplicationModule extends AbstractModule {
    private final ShopSettings settings;
    private final StorefrontCatalog storefronts;
    private final Duration reminderLead;
    private final TicketPolicy tickets;

    /**
     * The application for a shop with these settings, serving these storefronts, reminding this long before
     * expiry, closing tickets by this policy.
     */
    public ApplicationModule(ShopSettings settings, StorefrontCatalog storefronts, Duration reminderLead,
            TicketPolicy tickets) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.storefronts = Objects.requireNonNull(storefronts, "storefronts");
        this.reminderLead = Objects.requireNonNull(reminderLead, "reminderLead");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
    }

    /** As above, tickets closing by {@link TicketPolicy#defaults()}. */
    public ApplicationModule(ShopSettings settings, StorefrontCatalog storefronts, Duration reminderLead) {
        this(settings, storefronts, reminderLead, TicketPolicy.defaults());
    }

    @Override
    protected void configure() {
        bind(ShopSettings.class).toInstance(settings);
        bind(Clock.class).toInstance(Clock.systemUTC());
        Multibinder.newSetBinder(binder(), StockListener.class);
        Multibinder.newSetBinder(binder(), new TypeLiteral<Reaction<?>>() { });
    }

    /** The settings the shop enforces: the configured ones with the admin rule applied. */
    ShopSettings enforcedSettings() {
        return settings.withAccess(AdminRule.effective(settings.access()));
    }

    @Provides
    @Singleton
    IdSource idSource() {
        return new SecureRandomIdSource();
    }

    @Provides
    @Singleton
    Shop shop(LicenseKeyRepository keys, PaymentSessionRepository sessions, KeyRequestRepository requests,
            StorefrontVisitRepository visits, OnceRegistry once, AuditLog audit, LockdownStore lockdowns,
            CooldownStore cooldowns, BuyerLanguageStore languages, ProofStore proofs, RobloxGateway roblox, RobloxCallBudget budget, BuyerNotifier buyers,
            AdminNotifier admins, ExpiryReminderNotifier reminders, SalesFeed sales, SalesLedger ledger,
            PurchaseTicketRepository tickets,
            TicketChannels ticketChannels, TicketArchive ticketArchive, Optional<LicensedRoleGateway> licensedRole, Set<StockListener> stockListeners, Set<Reaction<?>> reactions,
            Clock clock, IdSource ids) {
        ShopBuilder shop = Shop.builder(enforcedSettings())
                .licenseKeys(keys).paymentSessions(sessions).keyRequests(requests).storefrontVisits(visits)
                .onceRegistry(once).auditLog(audit).lockdowns(lockdowns).cooldowns(cooldowns).buyerLanguages(languages).proofs(proofs)
                .roblox(roblox).robloxCallBudget(budget).buyerNotifier(buyers).adminNotifier(admins)
                .expiryReminders(reminders).salesFeed(sales).salesLedger(ledger).purchaseTickets(tickets).ticketChannels(ticketChannels)
                .ticketArchive(ticketArchive).ticketPolicy(this.tickets)
                .clock(clock).ids(ids).storefronts(storefronts).reminderLead(reminderLead);
        licensedRole.ifPresent(shop::licensedRole);
        stockListeners.forEach(shop::stockListener);
        reactions.forEach(shop::reaction);
        return shop.build();
    }

    @Provides
    Authorization authorization(Shop shop) {
        return shop.authorization();
    }

    @Provides
    EventDispatcher dispatcher(Shop shop) {
        return shop.events();
    }

    @Provides
    ShopEvents events(Shop shop) {
        return shop.events();
    }

    @Provides
    StockUseCase stock(Shop shop) {
        return shop.stock();
    }

    @Provides
    LockdownUseCase lockdown(Shop shop) {
        return shop.lockdown();
    }

    @Provides
    CooldownUseCase cooldown(Shop shop) {
        return shop.cooldowns();
    }

    @Provides
    BuyerLanguageUseCase buyerLanguages(Shop shop) {
        return shop.buyerLanguages();
    }

    @Provides
    AuditUseCase audit(Shop shop) {
        return shop.audit();
    }

    @Provides
    DeliveryUseCase delivery(Shop shop) {
        return shop.delivery();
    }

    @Provides
    InventoryUseCase inventory(Shop shop) {
        return shop.inventory();
    }

    @Provides
    KeyRequestUseCase keyRequests(Shop shop) {
        return shop.keyRequests();
    }

    @Provides
    PurchaseCatalogUseCase catalog(Shop shop) {
        return shop.catalog();
    }

    @Provides
    RobuxPurchaseUseCase robux(Shop shop) {
        return shop.robux();
    }

    @Provides
    SalesReportUseCase reports(Shop shop) {
        return shop.reports();
    }

    @Provides
    ManualPaymentUseCase manual(Shop shop) {
        return shop.manualPayments();
    }

    @Provides
    StorefrontUseCase storefront(Shop shop) {
        return shop.storefronts();
    }

    @Provides
    StorefrontDeliveryUseCase storefrontDelivery(Shop shop) {
        return shop.storefrontDeliveries();
    }

    @Provides
    PurchaseTicketUseCase tickets(Shop shop) {
        return shop.tickets();
    }

    @Provides
    LicenseLifecycleUseCase lifecycle(Shop shop) {
        return shop.lifecycle();
    }

    @Provides
    LicenseExpiryUseCase expiries(Shop shop) {
        return shop.expiries();
    }
}
