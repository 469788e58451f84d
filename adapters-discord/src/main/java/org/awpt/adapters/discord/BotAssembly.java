package org.awpt.adapters.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.awpt.adapters.discord.buyer.BuyerModals;
import org.awpt.adapters.discord.buyer.BuyerViews;
import org.awpt.adapters.discord.buyer.DiscordTicketChannels;
import org.awpt.adapters.discord.buyer.PanelCommand;
import org.awpt.adapters.discord.buyer.PaymentDecisions;
import org.awpt.adapters.discord.buyer.PaymentFlows;
import org.awpt.adapters.discord.buyer.ProofUploads;
import org.awpt.adapters.discord.buyer.PurchaseTickets;
import org.awpt.adapters.discord.buyer.SessionNotices;
import org.awpt.adapters.discord.buyer.TicketChannelDeletions;
import org.awpt.adapters.discord.buyer.TicketEmbeds;
import org.awpt.adapters.discord.lifecycle.RenewLicense;
import org.awpt.adapters.discord.notify.ClosedDirectMessages;
import org.awpt.adapters.discord.notify.JdaAdminNotifier;
import org.awpt.adapters.discord.notify.JdaBuyerNotifier;
import org.awpt.adapters.discord.notify.TicketStockListener;
import org.awpt.adapters.discord.runtime.CommandHandler;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.ErrorMapper;
import org.awpt.adapters.discord.runtime.InteractionRouter;
import org.awpt.adapters.discord.runtime.ShopServers;
import org.awpt.adapters.discord.runtime.ModalOpener;
import org.awpt.adapters.discord.text.Messages;
import org.awpt.application.port.AdminNotifier;
import org.awpt.application.port.BuyerNotifier;
import org.awpt.application.port.StockListener;
import org.awpt.application.port.TicketChannels;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.shared.ShopSettings;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the bot together in two steps, since the use cases need the notifiers and the handlers need
 * the use cases: first {@link #notifiers}, then (with the use cases built) {@link #router}.
 */
public final class BotAssembly {
    /** How long closed direct messages are remembered before a DM is tried again. */
    public static final Duration CLOSED_DM_MEMORY = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(BotAssembly.class);

    private final Messages messages;
    private final ShopSettings shop;
    private final DiscordOps ops;
    private final Clock clock;
    private final BuyerViews views;
    private final SessionNotices notices;
    private final LateUseCases late = new LateUseCases();
    private volatile ProofUploads uploads;
    private volatile TicketChannelDeletions deletions;
    private volatile List<String> guildIds = List.of();

    /** An assembly over these parts. */
    public BotAssembly(Messages messages, ShopSettings shop, DiscordOps ops, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.shop = Objects.requireNonNull(shop, "shop");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.views = new BuyerViews(messages);
        this.notices = new SessionNotices(messages, shop.types(), shop.methods());
    }

    /**
     * The notifier and listener ports, to build the use cases with.
     *
     * @param adminChannel   the admin channel, if configured
     * @param guildIds       the shop's servers
     * @param licensedRoleId the licensed role, if configured
     * @param background     where embed refreshes run
     */
    public Notifiers notifiers(Optional<String> adminChannel, List<String> guildIds,
            Optional<String> licensedRoleId, Executor background) {
        this.guildIds = List.copyOf(guildIds);
        JdaBuyerNotifier buyers = new JdaBuyerNotifier(ops, views, notices, new ClosedDirectMessages(clock, CLOSED_DM_MEMORY),
                guildIds, licensedRoleId);
        JdaAdminNotifier admins = new JdaAdminNotifier(ops, messages, notices, adminChannel,
                shop.access().adminUserIds());
        TicketStockListener stock = new TicketStockListener(ticketEmbeds(), background);
        return new Notifiers(buyers, admins, stock, new DiscordTicketChannels(ops, messages));
    }

    /**
     * The router over the use cases, running handlers on {@code handlers}, for a shop configured with no
     * server. The Renew button of expiry reminders opens its ticket in the first of the shop's servers
     * given to {@link #notifiers}, or, with none given, in the bot's only server.
     */
    public InteractionRouter router(UseCases useCases, Executor handlers) {
        return router(useCases, handlers, ShopServers.of(List.of()));
    }

    /** The router over the use cases, running handlers on {@code handlers}, for these shop servers. */
    public InteractionRouter router(UseCases useCases, Executor handlers, ShopServers shopServers) {
        late.useCases = Objects.requireNonNull(useCases, "useCases");
        TicketEmbeds embeds = ticketEmbeds();
        List<CommandHandler> commands = new ArrayList<>();
        List<ComponentHandler> components = new ArrayList<>();
        List<ModalOpener> modals = new ArrayList<>();
        commands.add(new PanelCommand(useCases.tickets(), ops, views));
        PurchaseTickets purchases = new PurchaseTickets(useCases.tickets(), embeds, useCases.delivery(), views);
        components.add(purchases);
        deletions = new TicketChannelDeletions(useCases.tickets(), handlers);
        if (guildIds.isEmpty()) {
            LOG.warn("no shop server configured (guildIds): the Renew button of expiry reminders opens tickets in"
                    + " the bot's only server; while the bot is in no server or in several, it sends buyers to the"
                    + " purchase panel");
        }
        components.add(new RenewLicense(purchases, ShopServers.of(guildIds), ops, messages));
        PaymentFlows flows = new PaymentFlows(useCases.catalog(), useCases.robux(), useCases.storefront(),
                useCases.manual(), shop.proofPolicy(), ops, views, notices);
        components.add(flows);
        uploads = new ProofUploads(useCases.manual(), flows, notices, ops, new ErrorMapper(messages), views, handlers,
                clock);
        components.add(uploads);
        components.add(new PaymentDecisions(useCases.manual(), notices));
        modals.add(new BuyerModals(messages, shop.methods()));
        AdminHandlers.add(useCases, ops, messages, embeds, commands, components, modals);
        return new InteractionRouter(handlers, new ErrorMapper(messages), messages, commands, components, modals,
                shopServers);
    }

    /**
     * The listener taking a posted image as a proof ("Upload proof" fallback); register it with JDA
     * next to the router. Exists once {@link #router} ran.
     */
    public ProofUploads proofUploads() {
        return built(uploads);
    }

    /**
     * The listener closing the ticket of a channel deleted in Discord; register it with JDA next to the
     * router. Exists once {@link #router} ran.
     */
    public TicketChannelDeletions ticketChannelDeletions() {
        return built(deletions);
    }

    private static <T> T built(T listener) {
        if (listener == null) {
            throw new IllegalStateException("the bot's router is not built yet");
        }
        return listener;
    }

    private TicketEmbeds ticketEmbeds() {
        return new TicketEmbeds(late::tickets, late::catalog, ops, views);
    }

    /**
     * The ports the use cases are built with.
     *
     * @param buyers buyer notifier
     * @param admins admin notifier
     * @param stock  stock listener
     * @param ticketChannels the channels purchase tickets live in
     */
    public record Notifiers(BuyerNotifier buyers, AdminNotifier admins, StockListener stock,
            TicketChannels ticketChannels) {
    }

    /** Use cases known once {@link #router} ran. */
    private static final class LateUseCases {
        private volatile UseCases useCases;

        private UseCases get() {
            UseCases current = useCases;
            if (current == null) {
                throw new IllegalStateException("the bot's router is not built yet");
            }
            return current;
        }

        PurchaseTicketUseCase tickets() {
            return get().tickets();
        }

        PurchaseCatalogUseCase catalog() {
            return get().catalog();
        }
    }
}
