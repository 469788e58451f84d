package org.awpt.bootstrap.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import org.awpt.adapters.discord.runtime.BotListener;
import org.awpt.adapters.discord.buyer.BuyerModals;
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
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordBot;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.ErrorMapper;
import org.awpt.adapters.discord.runtime.ModalOpener;
import org.awpt.adapters.discord.runtime.ShopServers;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.language.BuyerLanguageUseCase;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.manual.ManualPaymentUseCase;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.robux.RobuxPurchaseUseCase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.storefront.StorefrontUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buyers' side of the bot, contributed to {@link DiscordModule}'s set binders: the panel, the
 * ticket's buttons and type menu, the three payment flows, proof uploads, payment decisions and Renew. A handler
 * that is also a JDA listener (proof uploads) is one instance in both sets.
 */
final class BuyerHandlersModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(BuyerHandlersModule.class);

    @ProvidesIntoSet
    CommandHandler panel(PurchaseTicketUseCase tickets, PurchaseCatalogUseCase catalog, DiscordOps ops,
            BuyerViews views) {
        return new PanelCommand(tickets, catalog, ops, views);
    }

    @Provides
    @Singleton
    PurchaseTickets purchaseTickets(PurchaseTicketUseCase tickets, TicketEmbeds embeds, DeliveryUseCase delivery,
            BuyerViews views) {
        return new PurchaseTickets(tickets, embeds, delivery, views);
    }

    @ProvidesIntoSet
    ComponentHandler ticketButtons(PurchaseTickets tickets) {
        return tickets;
    }

    @ProvidesIntoSet
    ComponentHandler typeMenu(PurchaseCatalogUseCase catalog, TicketEmbeds embeds, BuyerViews views) {
        return new TypeChoices(catalog, embeds, views);
    }

    @ProvidesIntoSet
    ComponentHandler languageChoice(BuyerLanguageUseCase languages) {
        return new LanguageChoice(languages);
    }

    @ProvidesIntoSet
    ComponentHandler renew(PurchaseTickets tickets, DiscordOps ops, DiscordPlaces places) {
        if (places.guildIds().isEmpty()) {
            LOG.warn("no shop server configured (guildIds): the Renew button of expiry reminders opens tickets in"
                    + " the bot's only server; while the bot is in no server or in several, it sends buyers to the"
                    + " purchase panel");
        }
        return new RenewLicense(tickets, ShopServers.of(places.guildIds()), ops);
    }

    @Provides
    @Singleton
    PaymentFlows paymentFlows(PurchaseCatalogUseCase catalog, RobuxPurchaseUseCase robux, StorefrontUseCase storefront,
            ManualPaymentUseCase manual, ShopSettings shop, DiscordOps ops, BuyerViews views, SessionNotices notices) {
        return new PaymentFlows(catalog, robux, storefront, manual, shop.proofPolicy(), ops, views, notices);
    }

    @ProvidesIntoSet
    ComponentHandler payments(PaymentFlows flows) {
        return flows;
    }

    @Provides
    @Singleton
    ProofUploads proofUploads(ManualPaymentUseCase manual, PaymentFlows flows, SessionNotices notices, DiscordOps ops,
            ErrorMapper errors, BuyerViews views, DiscordBot bot, Clock clock) {
        return new ProofUploads(manual, flows, notices, ops, errors, views, bot.handlerPool(), clock);
    }

    @ProvidesIntoSet
    ComponentHandler uploadButton(ProofUploads uploads) {
        return uploads;
    }

    @ProvidesIntoSet
    BotListener uploadedImages(ProofUploads uploads) {
        return uploads;
    }

    @ProvidesIntoSet
    ComponentHandler decisions(ManualPaymentUseCase manual, SessionNotices notices) {
        return new PaymentDecisions(manual, notices);
    }

    @ProvidesIntoSet
    ModalOpener forms(Messages messages, ShopSettings shop) {
        return new BuyerModals(messages, shop.methods());
    }

    @ProvidesIntoSet
    BotListener ticketActivity(PurchaseTicketUseCase tickets, DiscordBot bot) {
        return new TicketActivity(tickets, bot.handlerPool());
    }

    @ProvidesIntoSet
    BotListener ticketChannelDeletions(PurchaseTicketUseCase tickets, DiscordBot bot) {
        return new TicketChannelDeletions(tickets, bot.handlerPool());
    }
}
