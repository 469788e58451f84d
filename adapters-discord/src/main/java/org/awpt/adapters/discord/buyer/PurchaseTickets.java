package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.awpt.adapters.discord.ids.ComponentAction;
import org.awpt.adapters.discord.ids.ComponentId;
import org.awpt.adapters.discord.runtime.ComponentHandler;
import org.awpt.adapters.discord.runtime.Invocation;
import org.awpt.adapters.discord.runtime.Reply;
import org.awpt.application.delivery.DeliveryUseCase;
import org.awpt.application.ticket.CloseTicket;
import org.awpt.application.ticket.OpenTicket;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.awpt.application.ticket.TicketOpening;
import org.awpt.domain.ticket.PurchaseTicket;

/**
 * The panel's buttons and the ticket's own: open a ticket, close it (the close form's answer, with its
 * optional reason), show my licenses.
 */
public final class PurchaseTickets implements ComponentHandler {
    private final PurchaseTicketUseCase tickets;
    private final TicketEmbeds embeds;
    private final DeliveryUseCase delivery;
    private final BuyerViews views;

    /** Ticket buttons over these use cases; a new ticket's payment embed is posted by {@code embeds}. */
    public PurchaseTickets(PurchaseTicketUseCase tickets, TicketEmbeds embeds, DeliveryUseCase delivery,
            BuyerViews views) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.embeds = Objects.requireNonNull(embeds, "embeds");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public Set<ComponentAction> actions() {
        return Set.of(ComponentAction.PANEL_BUY, ComponentAction.TICKET_CLOSE_MODAL, ComponentAction.MY_LICENSES);
    }

    @Override
    public Reply handle(ComponentId id, Invocation invocation) {
        // Buyers are answered in their language (the router resolved it).
        BuyerViews views = this.views.in(invocation.language());
        return switch (id.action()) {
            case PANEL_BUY -> open(invocation, views);
            case TICKET_CLOSE_MODAL -> {
                PurchaseTicket closed = tickets.close(new CloseTicket(invocation.requester(), invocation.channelId(),
                        invocation.value(BuyerModals.REASON).orElse(null)));
                yield Reply.privateText(views.messages().get("ticket.closing", "deleteAt",
                        closed.channelDeleteAt() == null ? closed.closedAt() : closed.channelDeleteAt()));
            }
            case MY_LICENSES -> views.myLicenses(delivery.myLicenses(invocation.requester()));
            default -> throw new IllegalArgumentException("not a ticket action: " + id);
        };
    }

    private Reply open(Invocation invocation, BuyerViews views) {
        Optional<String> guild = invocation.guildId();
        if (guild.isEmpty()) {
            return Reply.privateText(views.messages().get("error.no_guild"));
        }
        TicketOpening opening = tickets.open(new OpenTicket(invocation.requester(), guild.get()));
        String channel = "<#" + opening.ticket().channelId() + ">";
        if (!opening.opened()) {
            return Reply.privateText(views.messages().get("ticket.existing", "channel", channel));
        }
        embeds.post(opening.ticket());
        return Reply.privateText(views.messages().get("ticket.opened", "channel", channel));
    }
}
