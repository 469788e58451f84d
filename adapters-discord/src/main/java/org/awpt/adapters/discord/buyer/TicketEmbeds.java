package org.awpt.adapters.discord.buyer;

import java.util.Objects;
import org.awpt.adapters.discord.runtime.DiscordOps;
import org.awpt.domain.ticket.PurchaseTicket;
import org.awpt.application.purchase.PurchaseCatalog;
import org.awpt.application.purchase.PurchaseCatalogUseCase;
import org.awpt.application.ticket.PurchaseTicketUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts the payment embed in a ticket and refreshes every open ticket's embed (stock or lockdown changed). */
public final class TicketEmbeds {
    private static final Logger LOG = LoggerFactory.getLogger(TicketEmbeds.class);

    private final PurchaseTicketUseCase tickets;
    private final PurchaseCatalogUseCase catalog;
    private final DiscordOps ops;
    private final BuyerViews views;

    /** Embeds of these tickets, showing this catalog. */
    public TicketEmbeds(PurchaseTicketUseCase tickets, PurchaseCatalogUseCase catalog, DiscordOps ops,
            BuyerViews views) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.views = Objects.requireNonNull(views, "views");
    }

    /** Posts a new ticket's payment embed and records its message. */
    public PurchaseTicket post(PurchaseTicket ticket) {
        String message = ops.post(ticket.channelId(), views.paymentEmbed(catalog.catalog(), ticket.buyer()));
        return tickets.recordEmbed(ticket.channelId(), message);
    }

    /**
     * Shows the current catalog in the open ticket of this channel, if there is one, which also clears
     * the choice shown in its type menu (Discord sends no interaction when the option already shown is
     * chosen again). A failure is logged, not thrown: the buyer's answer does not depend on it.
     */
    public void redraw(String channelId) {
        tickets.openTickets().stream().filter(ticket -> ticket.channelId().equals(channelId)
                && ticket.embedMessageId() != null).findFirst().ifPresent(ticket -> {
                    try {
                        ops.edit(ticket.channelId(), ticket.embedMessageId(),
                                views.paymentEmbed(catalog.catalog(), ticket.buyer()));
                    } catch (RuntimeException e) {
                        LOG.warn("could not redraw the payment embed of ticket {}", ticket.channelId(), e);
                    }
                });
    }

    /**
     * Shows the current catalog in every open ticket (one edit per ticket, sequential, so JDA's rate
     * limiter paces them); a failing ticket does not stop the others.
     *
     * @return how many embeds were refreshed
     */
    public int refreshAll() {
        PurchaseCatalog now = catalog.catalog();
        int refreshed = 0;
        for (PurchaseTicket ticket : tickets.openTickets()) {
            if (ticket.embedMessageId() == null) {
                continue;
            }
            try {
                ops.edit(ticket.channelId(), ticket.embedMessageId(), views.paymentEmbed(now, ticket.buyer()));
                refreshed++;
            } catch (RuntimeException e) {
                LOG.warn("could not refresh the payment embed of ticket {}", ticket.channelId(), e);
            }
        }
        return refreshed;
    }
}
