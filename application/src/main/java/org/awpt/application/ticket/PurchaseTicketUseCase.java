package org.awpt.application.ticket;

import java.util.List;
import org.awpt.domain.access.Requester;
import org.awpt.domain.ticket.PurchaseTicket;

/** A buyer's purchase ticket, from "Buy a license" to its close. */
public interface PurchaseTicketUseCase {

    /**
     * Refuses unless an admin asks to post the purchase panel (whose button opens tickets).
     *
     * @throws org.awpt.domain.NotAuthorizedException unless an admin asks
     */
    void requirePanelPoster(Requester requester);

    /**
     * The buyer's open ticket, opened now if they have none. One ticket per buyer, also when they ask
     * twice at once; a ticket whose channel was deleted while the bot was offline is closed and a new
     * one opened. Each ticket opened counts toward the buyer's {@code open_ticket} cooldown (the
     * shop's cooldown rule for that action); a key delivered to them clears it.
     *
     * @throws org.awpt.domain.access.CoolingDownException when a new ticket would be opened while the
     *         buyer cools down, with the time they may open one again
     * @throws org.awpt.application.port.TicketChannelUnavailableException when this process cannot open
     *         channels (a command-line run): no ticket is kept, nothing counted
     */
    TicketOpening open(OpenTicket command);

    /** Records the message holding a ticket's payment embed (posted once the ticket opened). */
    PurchaseTicket recordEmbed(String channelId, String messageId);

    /**
     * The ticket's buyer or support staff close it: it is recorded closed and its channel deleted.
     *
     * @return the ticket as closed
     * @throws org.awpt.domain.NotFoundException      when the channel holds no ticket
     * @throws org.awpt.domain.NotAuthorizedException when neither its buyer nor support staff ask
     */
    PurchaseTicket close(CloseTicket command);

    /**
     * A channel was deleted (by the bot, by hand, or lost by Discord): the ticket it held, if still
     * open, is closed, so its buyer can open a new one.
     */
    void channelDeleted(String channelId);

    /** Every open ticket, oldest first (their payment embeds are refreshed when the catalog changes). */
    List<PurchaseTicket> openTickets();
}
