package org.awpt.application.ticket;

import java.util.Objects;
import org.awpt.domain.ticket.PurchaseTicket;

/**
 * What asking for a ticket gave the buyer.
 *
 * @param ticket the buyer's open ticket
 * @param opened whether it was opened now (its payment embed is still to be posted), rather than
 *               found open already
 */
public record TicketOpening(PurchaseTicket ticket, boolean opened) {
    /** Checks the ticket is present. */
    public TicketOpening {
        Objects.requireNonNull(ticket, "ticket");
    }
}
