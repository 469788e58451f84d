package org.awpt.adapters.discord;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.awpt.adapters.discord.admin.AdminViews;
import org.awpt.adapters.discord.admin.AuditCommand;
import org.awpt.adapters.discord.admin.CooldownCommand;
import org.awpt.adapters.discord.admin.LicenseCommand;
import org.awpt.adapters.discord.admin.LockdownCommand;
import org.awpt.adapters.discord.admin.RequestKeysCommand;
import org.awpt.adapters.discord.buyer.BuyerModals;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.buyer.LanguageChoice;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.PanelCommand;
import org.awpt.adapters.discord.buyer.PaymentDecisions;
import org.awpt.adapters.discord.buyer.PaymentFlows;
import org.awpt.adapters.discord.buyer.ProofUploads;
import org.awpt.adapters.discord.buyer.PurchaseTickets;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.buyer.TicketActivity;
import org.awpt.adapters.discord.buyer.TicketChannelDeletions;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.adapters.discord.buyer.TypeChoices;
import org.awpt.adapters.discord.lifecycle.RenewLicense;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.ErrorMapper;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.adapters.discord.runtime.ShopServers;
import org.awpt.adapters.discord.text.BuyerTexts;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.language.BuyerLanguageUseCase;
import org.awpt.application.audit.AuditUseCase;
import org.awpt.application.cooldown.CooldownUseCase;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.inventory.InventoryUseCase;
import org.awpt.application.lockdown.LockdownUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.report.SalesReportUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.support.KeyRequestUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;

/**
 * The bot's handlers over given use cases, for tests that run without Guice: the plain-Java mirror
 * of the bootstrap's {@code DiscordModule}, {@code BuyerHandlersModule} and
 * {@code AdminHandlersModule} (which production uses; {@code ProductionScenariosTest} covers them).
 *
 * @param router     the interaction router over every handler
 * @param uploads    the proof-upload listener (register with JDA next to the router)
 * @param deletions  the listener closing tickets of deleted channels
 * @param activity   the listener putting off the close of idle tickets people write in
 */
public record BotWiring(InteractionRouter router, ProofUploads uploads, TicketChannelDeletions deletions,
        TicketActivity activity) {

    /**
     * Every use case the bot calls.
     *
     * @param tickets     purchase tickets
     * @param catalog     the purchase catalog
     * @param robux       Robux purchases
     * @param manual      manual payments
     * @param storefront  storefront hand-offs
     * @param delivery    deliveries and "my licenses"
     * @param inventory   the key inventory
     * @param reports     transactions and revenue reports
     * @param keyRequests support key requests
     * @param lockdown    lockdowns
     * @param audit       the audit log
     * @param cooldowns   buyers' cooldowns
     */
    public record UseCases(PurchaseTicketUseCase tickets, PurchaseCatalogUseCase catalog, RobuxPurchaseUseCase robux,
            ManualPaymentUseCase manual, StorefrontUseCase storefront, DeliveryUseCase delivery,
            InventoryUseCase inventory, SalesReportUseCase reports, KeyRequestUseCase keyRequests,
            LockdownUseCase lockdown, AuditUseCase audit, CooldownUseCase cooldowns) {
    }

    /** The handlers over these use cases, running on {@code handlers}, with this shop's servers. */
    public static BotWiring of(UseCases useCases, Messages messages, ShopSettings shop, DiscordOps ops,
            TicketEmbeds embeds, Executor handlers, List<String> shopGuildIds, Clock clock) {
        return of(useCases, BuyerTexts.only(messages), Optional.empty(), shop, ops, embeds, handlers, shopGuildIds, clock);
    }

    /**
     * The handlers over these use cases, in the shop's language of {@code texts} and each buyer's:
     * the router tells {@code languages} what each user's client reports.
     */
    public static BotWiring of(UseCases useCases, BuyerTexts texts, Optional<BuyerLanguageUseCase> languages,
            ShopSettings shop, DiscordOps ops, TicketEmbeds embeds, Executor handlers, List<String> shopGuildIds,
            Clock clock) {
        Messages messages = texts.shop();
        BuyerViews views = new BuyerViews(texts);
        SessionNotices notices = new SessionNotices(texts, shop.types(), shop.methods());
        ErrorMapper errors = new ErrorMapper(messages);
        PurchaseTickets purchases = new PurchaseTickets(useCases.tickets(), embeds, useCases.delivery(), views);
        PaymentFlows flows = new PaymentFlows(useCases.catalog(), useCases.robux(), useCases.storefront(),
                useCases.manual(), shop.proofPolicy(), ops, views, notices);
        ProofUploads uploads = new ProofUploads(useCases.manual(), flows, notices, ops, errors, views, handlers,
                clock);
        LicenseCommand license = new LicenseCommand(useCases.inventory(), useCases.reports(), useCases.robux(),
                shop.importLimits(), ops, new AdminViews(messages, shop.types()));
        RequestKeysCommand requests = new RequestKeysCommand(useCases.keyRequests(), messages);
        AuditCommand audit = new AuditCommand(useCases.audit(), messages);
        List<ComponentHandler> components = new java.util.ArrayList<>(List.of(purchases,
                new TypeChoices(useCases.catalog(), embeds, views),
                new RenewLicense(purchases, ShopServers.of(shopGuildIds), ops), flows, uploads,
                new PaymentDecisions(useCases.manual(), notices), license, requests, audit));
        languages.ifPresent(known -> components.add(new LanguageChoice(known)));
        InteractionRouter router = new InteractionRouter(handlers, errors, messages,
                List.of(new PanelCommand(useCases.tickets(), useCases.catalog(), ops, views), license, requests,
                        new LockdownCommand(useCases.lockdown(), embeds, messages), audit,
                        new CooldownCommand(useCases.cooldowns(), messages)),
                components,
                List.of(new BuyerModals(messages, shop.methods()), license.searchModal(), license.rangeModal()),
                ShopServers.of(shopGuildIds), languages);
        return new BotWiring(router, uploads, new TicketChannelDeletions(useCases.tickets(), handlers),
                new TicketActivity(useCases.tickets(), handlers));
    }
}
