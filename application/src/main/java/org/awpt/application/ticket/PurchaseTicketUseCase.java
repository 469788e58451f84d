package org.awpt.application.ticket;

import java.util.List;
import org.awpt.domain.DiscordUserId;
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
     * The ticket's buyer or support staff close it, with an optional reason: it is recorded closed, its
     * buyer can no longer write in the channel, the channel is told, the transcript of its messages is
     * posted in the ticket log and sent to the buyer (a buyer who takes no direct messages is logged, not
     * a failure), the close is audited, and the channel is deleted once the policy's delay is up
     * ({@link #deleteClosedChannels}). Closing a closed ticket does nothing more.
     *
     * @return the ticket as closed, with when its channel goes
     * @throws org.awpt.domain.NotFoundException      when the channel holds no ticket
     * @throws org.awpt.domain.NotAuthorizedException when neither its buyer nor support staff ask
     * @throws org.awpt.domain.InvalidInputException when the reason is longer than
     *         {@value org.awpt.domain.ticket.TicketClosing#REASON_MAX} characters
     */
    PurchaseTicket close(CloseTicket command);

    /**
     * Someone wrote in a ticket's channel: its idle time counts anew and an idle warning is void (recorded
     * at most once a minute per ticket). A channel without an open ticket is ignored.
     */
    void recordActivity(String channelId);

    /** A key bought by {@code buyer} reached them: their open ticket, if any, closes after the policy's delay. */
    void purchaseDelivered(DiscordUserId buyer);

    /**
     * One round of closing by the policy: each open ticket delivered long enough ago, or idle and warned
     * long enough ago, is closed as by {@link #close} (by the shop); an idle ticket nearing its close is
     * warned first. A ticket whose buyer has a payment in progress (its proof awaited, or under review) is
     * neither warned nor closed. A ticket whose channel is gone is closed without more.
     *
     * @return how many tickets were warned or closed
     */
    int closeDue();

    /**
     * Deletes the channels of closed tickets whose delay is up (a deadline kept with the ticket, so a
     * restart loses none).
     *
     * @return how many channels were deleted
     */
    int deleteClosedChannels();

    /**
     * A channel was deleted (by the bot, by hand, or lost by Discord): the ticket it held, if still
     * open, is closed, so its buyer can open a new one.
     */
    void channelDeleted(String channelId);

    /** Every open ticket, oldest first (their payment embeds are refreshed when the catalog changes). */
    List<PurchaseTicket> openTickets();
}
