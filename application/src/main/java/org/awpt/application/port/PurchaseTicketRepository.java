package org.awpt.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awpt.domain.DiscordUserId;
import org.awpt.domain.ticket.PurchaseTicket;

/** Purchase tickets, kept across restarts so open ones are found (and their embeds refreshed) without scanning channels. */
public interface PurchaseTicketRepository {

    /** Stores a ticket, replacing any stored one with the same channel id. */
    void save(PurchaseTicket ticket);

    /** The ticket of a channel, open or closed. */
    Optional<PurchaseTicket> find(String channelId);

    /** A buyer's open ticket, the newest if several. */
    Optional<PurchaseTicket> findOpenOf(DiscordUserId buyer);

    /** Every open ticket, oldest first. */
    List<PurchaseTicket> allOpen();

    /**
     * Closes a ticket.
     *
     * @return the ticket as closed, or empty when there is no ticket with this channel id; closing a closed
     *         ticket leaves it as it was
     */
    Optional<PurchaseTicket> close(String channelId, Instant at);
}
