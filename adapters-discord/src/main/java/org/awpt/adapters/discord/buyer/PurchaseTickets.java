package org.awpt.adapters.discord.buyer;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.port.PurchaseTicket;
import org.awpt.application.port.PurchaseTicketRepository;
import org.awpt.application.shared.Authorization;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.NotAuthorizedException;
import org.awpt.domain.NotFoundException;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The panel's buttons and the ticket's own: open a ticket, close it, show my licenses. */
public final class PurchaseTickets implements ComponentHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PurchaseTickets.class);

    private final PurchaseTicketRepository tickets;
    private final TicketEmbeds embeds;
    private final DeliveryUseCase delivery;
    private final Authorization authorization;
    private final DiscordOps ops;
    private final BuyerViews views;
    private final Clock clock;
    private final ConcurrentMap<DiscordUserId, Object> opening = new ConcurrentHashMap<>();

    /** Ticket handling over these ports and use cases. */
    public PurchaseTickets(PurchaseTicketRepository tickets, TicketEmbeds embeds, DeliveryUseCase delivery,
            Authorization authorization, DiscordOps ops, BuyerViews views, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.embeds = Objects.requireNonNull(embeds, "embeds");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.views = Objects.requireNonNull(views, "views");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.PANEL_BUY, ComponentAction.TICKET_CLOSE, ComponentAction.MY_LICENSES);
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        return switch (id.action()) {
            case PANEL_BUY -> open(invocation);
            case TICKET_CLOSE -> close(invocation);
            case MY_LICENSES -> views.myLicenses(delivery.myLicenses(invocation.requester()));
            default -> throw new IllegalArgumentException("not a ticket action: " + id);
        };
    }

    private Reply open(Invocation invocation) {
        Optional<String> guild = invocation.guildId();
        if (guild.isEmpty()) {
            return Reply.privateText(views.messages().get("error.no_guild"));
        }
        DiscordUserId buyer = invocation.user();
        // One ticket per buyer even when they click twice at once.
        synchronized (opening.computeIfAbsent(buyer, b -> new Object())) {
            Optional<PurchaseTicket> existing = tickets.findOpenOf(buyer);
            // A channel deleted by hand while the bot was offline left its ticket open: close it, open a new one.
            while (existing.isPresent() && !ops.channelExists(existing.get().channelId())) {
                closeStale(existing.get());
                existing = tickets.findOpenOf(buyer);
            }
            if (existing.isPresent()) {
                return Reply.privateText(views.messages().get("ticket.existing",
                        "channel", "<#" + existing.get().channelId() + ">"));
            }
            String channel = ops.createTicketChannel(guild.get(), buyer,
                    views.messages().get("ticket.name", "user", buyer.asString()));
            PurchaseTicket ticket = PurchaseTicket.opened(channel, guild.get(), buyer, clock.instant());
            tickets.save(ticket);
            LOG.info("opened purchase ticket {} for {}", channel, buyer);
            embeds.post(ticket);
            return Reply.privateText(views.messages().get("ticket.opened", "channel", "<#" + channel + ">"));
        }
    }

    /**
     * A channel was deleted (by the bot, by hand in Discord, or lost by Discord): the ticket it held, if
     * still open, is closed, so its buyer can open a new one.
     */
    public void channelDeleted(String channelId) {
        tickets.find(channelId).filter(PurchaseTicket::isOpen).ifPresent(this::closeStale);
    }

    private void closeStale(PurchaseTicket ticket) {
        tickets.close(ticket.channelId(), clock.instant());
        LOG.info("closed purchase ticket {} of {}: its channel is gone", ticket.channelId(), ticket.buyer());
    }

    private Reply close(Invocation invocation) {
        PurchaseTicket ticket = tickets.find(invocation.channelId())
                .orElseThrow(() -> new NotFoundException("ticket", invocation.channelId()));
        Actor actor = authorization.actor(invocation.requester());
        if (!ticket.buyer().equals(actor.id()) && !actor.has(Role.SUPPORT)) {
            throw new NotAuthorizedException(actor.id(), "close another buyer's ticket");
        }
        tickets.close(ticket.channelId(), clock.instant());
        LOG.info("{} closed purchase ticket {}", actor.id(), ticket.channelId());
        ops.deleteChannel(ticket.channelId());
        return Reply.privateText(views.messages().get("ticket.closing"));
    }
}
